import { describe, expect, it } from 'vitest';
import { applyPreset, PRESETS } from '../../src/bedrock/presets.js';
import {
  baseModelId,
  CATALOG,
  defaultParams,
  findModel,
  formatTokens,
  guessFamily,
  modelsByVendor,
  OFFERED,
  replacementFor,
  rulesFor,
  searchCatalog,
  TEMPERATURE_RANGE_NOTE,
} from '../../src/models/catalog.js';
import { BEDROCK_REGIONS, DEFAULT_REGION, geographyOf, isBedrockRegion, profileCandidates, profileIdFor, profilePrefixFor } from '../../src/models/regions.js';

const SONNET_45 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const HAIKU_45 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const OPUS_45 = 'anthropic.claude-opus-4-5-20251101-v1:0';

describe('model catalog as of 2026-11', () => {
  it('cites an https page for every entry and lists every id once', () => {
    expect(new Set(CATALOG.map((m) => m.id)).size).toBe(CATALOG.length);
    for (const m of CATALOG) expect(m.source, m.id).toMatch(/^https:\/\//);
  });

  it('marks the seed models past end of life (22 with Nova Sonic, which left the catalog) and Opus 4.1 Legacy', () => {
    const eol = CATALOG.filter((m) => m.lifecycle === 'eol').map((m) => m.id);
    expect(eol).toHaveLength(21);
    for (const id of ['anthropic.claude-3-7-sonnet-20250219-v1:0', 'amazon.titan-text-express-v1', 'meta.llama3-2-90b-instruct-v1:0', 'cohere.command-r-v1:0', 'amazon.nova-premier-v1:0']) {
      expect(eol).toContain(id);
    }
    expect(findModel('anthropic.claude-opus-4-1-20250805-v1:0')?.lifecycle).toBe('legacy');
  });

  it('names an offered replacement for every Legacy and end-of-life model', () => {
    for (const m of CATALOG.filter((x) => x.lifecycle !== 'active')) {
      const r = replacementFor(m.id);
      expect(r, m.id).toBeDefined();
      expect(r!.lifecycle).not.toBe('eol');
    }
    expect(replacementFor('anthropic.claude-3-5-haiku-20241022-v1:0')?.id).toBe(HAIKU_45);
  });

  it('offers no end-of-life model in the picker, search or vendor groups', () => {
    expect(OFFERED.every((m) => m.lifecycle !== 'eol')).toBe(true);
    expect(searchCatalog('')).toHaveLength(OFFERED.length);
    expect(searchCatalog('titan')).toEqual([]);
    expect(modelsByVendor().flatMap((g) => g.models).some((m) => m.lifecycle === 'eol')).toBe(false);
    expect(modelsByVendor().map((g) => g.vendor)).not.toContain('Cohere');
  });

  it('has the newer models and drops Nova Sonic (speech-to-speech, not a chat model)', () => {
    for (const id of [OPUS_45, 'anthropic.claude-sonnet-4-6', 'anthropic.claude-opus-4-6-v1', 'amazon.nova-2-lite-v1:0', 'mistral.mistral-large-3-675b-instruct']) {
      expect(findModel(id), id).toBeDefined();
    }
    expect(findModel('amazon.nova-sonic-v1:0')).toBeUndefined();
    expect(findModel('deepseek.v3-v1:0')?.name).toBe('DeepSeek-V3.1');
  });

  it('has the max outputs AWS enforces', () => {
    expect(findModel(SONNET_45)?.maxOutput).toBe(64000);
    expect(findModel(HAIKU_45)?.maxOutput).toBe(64000);
    expect(findModel(OPUS_45)?.maxOutput).toBe(64000);
    expect(findModel('anthropic.claude-opus-4-1-20250805-v1:0')?.maxOutput).toBe(32000);
    expect(findModel('anthropic.claude-3-5-sonnet-20241022-v2:0')?.maxOutput).toBe(8192);
    expect(findModel('meta.llama3-8b-instruct-v1:0')?.maxOutput).toBe(2048);
    expect(findModel('meta.llama3-70b-instruct-v1:0')?.maxOutput).toBe(2048);
    expect(formatTokens(65536)).toBe('65,536');
    expect(formatTokens(64000)).toBe('64,000');
    expect(formatTokens(128000)).toBe('128,000');
  });

  it('knows which models take no system prompt', () => {
    const none = CATALOG.filter((m) => !m.systemPrompt).map((m) => m.name);
    expect(none.sort()).toEqual(['Mistral 7B', 'Mixtral 8x7B', 'Titan Express', 'Titan Lite', 'Titan Premier']);
  });

  it('finds models behind inference-profile ids and ARNs', () => {
    expect(baseModelId(`us.${HAIKU_45}`)).toBe(HAIKU_45);
    expect(findModel(`global.${SONNET_45}`)?.name).toBe('Claude 4.5 Sonnet');
    expect(findModel('arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-3-70b-instruct-v1:0')?.name).toBe('Llama 3.3 70B');
    expect(findModel('arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0')?.name).toBe('Nova Pro');
    expect(findModel('my-custom-model')).toBeUndefined();
    for (const prefix of ['us', 'eu', 'apac', 'jp', 'au', 'global', 'us-gov']) expect(baseModelId(`${prefix}.${HAIKU_45}`)).toBe(HAIKU_45);
  });
});

describe('parameter rules', () => {
  it.each(['meta.llama3-3-70b-instruct-v1:0', 'deepseek.r1-v1:0', 'qwen.qwen3-32b-v1:0', 'openai.gpt-oss-20b-1:0', SONNET_45, 'acme.unknown-v1'])(
    '%s takes temperature 0–1 through Converse, whatever the seed said',
    (id) => {
      expect(rulesFor(id).temperature).toEqual({ min: 0, max: 1, default: 0.7, recommended: 0.7, step: 0.05 });
    },
  );

  it('says why in one line the form can show', () => {
    expect(TEMPERATURE_RANGE_NOTE).toMatch(/0–1 for every model/);
    expect(TEMPERATURE_RANGE_NOTE).not.toContain('\n');
  });

  it('sends no sampling parameter the user did not set for an unknown id or a model that takes none', () => {
    expect(defaultParams('acme.unknown-v1')).toEqual({ maxTokens: 8192, stopSequences: [] });
    expect(defaultParams('anthropic.claude-sonnet-5')).toEqual({ maxTokens: 8192, stopSequences: [] });
    expect(defaultParams('anthropic.claude-opus-4-7')).toEqual({ maxTokens: 8192, stopSequences: [] });
    expect(defaultParams(SONNET_45)).toEqual({ temperature: 0.7, maxTokens: 8192, stopSequences: [] });
    expect(defaultParams('meta.llama3-8b-instruct-v1:0')).toEqual({ temperature: 0.7, maxTokens: 2048, stopSequences: [] });
  });

  it('guesses the family of an unknown id from its provider prefix', () => {
    expect(guessFamily('us.anthropic.claude-sonnet-5')).toBe('claude');
    expect(rulesFor('anthropic.claude-sonnet-5').topK?.field).toBe('anthropic');
    expect(guessFamily('acme.x')).toBe('unknown');
  });

  it('gives top_k only where Converse can send it, and not to Mistral Large 2407 or Pixtral', () => {
    expect(rulesFor(HAIKU_45).topK).toMatchObject({ min: 0, max: 500, default: 250, field: 'anthropic' });
    expect(rulesFor('amazon.nova-pro-v1:0').topK?.field).toBe('nova');
    expect(rulesFor('mistral.mistral-large-2402-v1:0').topK?.field).toBe('mistral');
    expect(rulesFor('mistral.mistral-large-2407-v1:0').topK).toBeNull();
    expect(rulesFor('mistral.pixtral-large-2502-v1:0').topK).toBeNull();
    expect(rulesFor('meta.llama3-1-8b-instruct-v1:0').topK).toBeNull();
  });

  it('knows the sampling rules of the Claude generations', () => {
    for (const id of [SONNET_45, HAIKU_45, OPUS_45, 'anthropic.claude-opus-4-1-20250805-v1:0']) expect(rulesFor(id).noTemperatureWithTopP, id).toBe(true);
    expect(rulesFor('anthropic.claude-opus-4-7').sampling).toBe('none');
    expect(rulesFor('amazon.nova-pro-v1:0').sampling).toBe('any');
  });

  it('knows the reasoning settings: Claude budget, gpt-oss effort, R1 always', () => {
    expect(rulesFor(OPUS_45).reasoning).toBe('claude-budget');
    expect(rulesFor('openai.gpt-oss-120b-1:0').reasoning).toBe('effort');
    expect(rulesFor('deepseek.r1-v1:0').reasoning).toBe('always');
    expect(rulesFor('amazon.nova-pro-v1:0').reasoning).toBeUndefined();
  });

  it('limits max_tokens to the model and defaults to 8192 capped there', () => {
    expect(rulesFor('anthropic.claude-3-haiku-20240307-v1:0').maxTokens).toMatchObject({ min: 256, max: 4096, default: 4096 });
    expect(rulesFor(`global.${OPUS_45}`).maxTokens).toEqual({ min: 256, max: 64000, default: 8192, recommended: 8192, step: 256 });
    expect(rulesFor('acme.unknown').maxTokens.max).toBe(65536);
  });
});

describe('scenario presets', () => {
  const preset = (id: string) => PRESETS.find((p) => p.id === id)!;

  it('covers the eight scenarios of the seed table with one key each', () => {
    expect(PRESETS).toHaveLength(8);
    expect(new Set(PRESETS.map((p) => p.key)).size).toBe(8);
    expect(PRESETS.map((p) => p.key).join('')).toBe('wcqrlfsm');
  });

  it('clamps long-form (65536) and complex reasoning (32768) to the model: Claude 4.5 at 64,000, Llama 3 8B at 2,048', () => {
    expect(applyPreset(preset('long-form'), SONNET_45, { stopSequences: [] }).maxTokens).toBe(64000);
    expect(applyPreset(preset('reasoning'), OPUS_45, { stopSequences: [] }).maxTokens).toBe(32768);
    expect(applyPreset(preset('long-form'), 'meta.llama3-8b-instruct-v1:0', { stopSequences: [] })).toEqual({ temperature: 0.7, maxTokens: 2048, topP: 0.9, stopSequences: [] });
  });

  it('leaves top_p unset for Claude 4.5 Sonnet, which refuses it with temperature', () => {
    const p = applyPreset(preset('creative'), SONNET_45, { stopSequences: ['###'] });
    expect(p).toEqual({ temperature: 0.9, maxTokens: 8192, topK: 300, stopSequences: ['###'] });
  });

  it('sets no sampling parameter for a model that takes none, and keeps guardrail and reasoning settings', () => {
    const guardrail = { id: 'gr1', version: '2' };
    const p = applyPreset(preset('creative'), 'anthropic.claude-opus-4-7', { stopSequences: ['END'], guardrail, replyDeadlineMs: 60000 });
    expect(p).toEqual({ maxTokens: 8192, stopSequences: ['END'], guardrail, replyDeadlineMs: 60000 });
    expect(applyPreset(preset('qa'), OPUS_45, { stopSequences: [], reasoningBudget: 4096 }).reasoningBudget).toBe(4096);
  });

  it('clamps top_k to the family range (Nova takes at most 128)', () => {
    expect(applyPreset(preset('creative'), 'amazon.nova-pro-v1:0', { stopSequences: [] }).topK).toBe(128);
    expect(applyPreset(preset('creative'), 'mistral.mistral-large-2402-v1:0', { stopSequences: [] }).topK).toBe(200);
  });
});

describe('regions and inference profiles', () => {
  it.each([
    ['us-east-1', 'us.'],
    ['eu-central-1', 'eu.'],
    ['ap-northeast-1', 'jp.'],
    ['ap-northeast-3', 'jp.'],
    ['ap-southeast-2', 'au.'],
    ['ap-southeast-4', 'au.'],
    ['ap-south-1', 'apac.'],
    ['us-gov-west-1', 'us-gov.'],
    ['ca-central-1', 'us.'],
    ['il-central-1', 'eu.'],
    ['me-central-1', 'apac.'],
    ['af-south-1', 'global.'],
  ])('%s uses the %s geography', (region, prefix) => {
    expect(profileIdFor(HAIKU_45, region)).toBe(`${prefix}${HAIKU_45}`);
  });

  it("tries the region's geography, then apac., then global., keeping only prefixes that exist", () => {
    expect(profileCandidates(HAIKU_45, 'ap-northeast-1')).toEqual([`jp.${HAIKU_45}`, `apac.${HAIKU_45}`, `global.${HAIKU_45}`]);
    expect(profileCandidates(SONNET_45, 'ap-southeast-2', ['global', 'us', 'eu', 'jp'])).toEqual([`global.${SONNET_45}`]);
    expect(profileCandidates(HAIKU_45, 'ap-northeast-1', ['apac', 'global'])).toEqual([`apac.${HAIKU_45}`, `global.${HAIKU_45}`]);
    expect(profileCandidates(`us.${HAIKU_45}`, 'us-east-1')).toEqual([]);
  });

  it('knows the Bedrock regions and where each sits', () => {
    expect(isBedrockRegion('us-east-1')).toBe(true);
    expect(isBedrockRegion('xx-nowhere-1')).toBe(false);
    expect(BEDROCK_REGIONS[0]!.id).toBe(DEFAULT_REGION);
    for (const r of BEDROCK_REGIONS) expect(['us', 'eu', 'apac', 'jp', 'au', 'us-gov', 'global']).toContain(profilePrefixFor(r.id));
    expect(geographyOf('eu-east-9')).toBe('eu');
    expect(geographyOf('ap-far-1')).toBe('apac');
  });
});
