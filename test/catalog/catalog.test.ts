import { describe, expect, it } from 'vitest';
import { baseModelId, CATALOG, defaultParams, findModel, formatTokens, modelsByVendor, rulesFor, searchCatalog } from '../../src/bedrock/catalog.js';
import { applyPreset, PRESETS } from '../../src/bedrock/presets.js';
import { BEDROCK_REGIONS, DEFAULT_REGION, geographyOf, isBedrockRegion, profileIdFor, profilePrefixFor } from '../../src/bedrock/regions.js';

describe('model catalog (seed §4)', () => {
  it('holds the 50 models of the seed, per vendor as the seed counts them', () => {
    const counts = Object.fromEntries(modelsByVendor().map((g) => [g.vendor, g.models.length]));
    expect(counts).toEqual({
      Anthropic: 12,
      Amazon: 8,
      Meta: 12,
      'Mistral AI': 6,
      'AI21 Labs': 2,
      Cohere: 2,
      DeepSeek: 2,
      Qwen: 4,
      OpenAI: 2,
    });
    expect(CATALOG.filter((m) => m.family === 'nova')).toHaveLength(5);
    expect(CATALOG.filter((m) => m.family === 'titan')).toHaveLength(3);
    expect(new Set(CATALOG.map((m) => m.id)).size).toBe(50);
  });

  it('keeps the seed ids and max outputs', () => {
    expect(findModel('anthropic.claude-sonnet-4-5-20250929-v1:0')?.maxOutput).toBe(65536);
    expect(findModel('anthropic.claude-opus-4-1-20250805-v1:0')?.maxOutput).toBe(32768);
    expect(findModel('anthropic.claude-3-haiku-20240307-v1:0')?.maxOutput).toBe(4096);
    expect(findModel('mistral.mixtral-8x7b-instruct-v0:1')?.maxOutput).toBe(4096);
    expect(findModel('amazon.titan-text-express-v1')?.name).toBe('Titan Express');
    expect(findModel('openai.gpt-oss-120b-1:0')?.maxOutput).toBe(4096);
    expect(formatTokens(65536)).toBe('64K');
    expect(formatTokens(1000)).toBe('1000');
    expect(formatTokens(0)).toBe('0');
    expect(formatTokens(2560)).toBe('2560');
  });

  it('finds models behind inference-profile ids and ARNs', () => {
    expect(baseModelId('us.anthropic.claude-haiku-4-5-20251001-v1:0')).toBe('anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(findModel('global.anthropic.claude-sonnet-4-5-20250929-v1:0')?.name).toBe('Claude 4.5 Sonnet');
    expect(findModel('arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-3-70b-instruct-v1:0')?.name).toBe('Llama 3.3 70B');
    expect(findModel('arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0')?.name).toBe('Nova Pro');
    expect(findModel('my-custom-model')).toBeUndefined();
  });

  it('lists vendors in the seed order, and every model has both use texts', () => {
    expect(modelsByVendor().map((g) => g.vendor)).toEqual(['Anthropic', 'Amazon', 'Meta', 'Mistral AI', 'AI21 Labs', 'Cohere', 'DeepSeek', 'Qwen', 'OpenAI']);
    expect(modelsByVendor()[1]!.models.map((m) => m.name).slice(0, 2)).toEqual(['Nova Premier', 'Nova Pro']);
    expect(findModel('deepseek.r1-v1:0')).toMatchObject({ useZh: '推理最佳化版本', maxOutput: 8192 });
    expect(findModel('qwen.qwen3-235b-a22b-2507-v1:0')?.name).toBe('Qwen 3 235B');
    expect(findModel('ai21.jamba-1-5-mini-v1:0')?.maxOutput).toBe(4096);
    expect(findModel('anthropic.claude-3-5-haiku-20241022-v1:0')?.maxOutput).toBe(8192);
  });

  it('marks the models AWS serves on demand only through inference profiles', () => {
    const names = CATALOG.filter((m) => m.needsProfile).map((m) => m.name);
    expect(names).toEqual([
      'Claude 4.5 Sonnet', 'Claude 4.5 Haiku', 'Claude 4.1 Opus', 'Claude 4 Opus', 'Claude 4 Sonnet', 'Claude 3.7 Sonnet',
      'Claude 3.5 Sonnet v2', 'Claude 3.5 Haiku', 'Nova Premier', 'Llama 4 Scout 17B', 'Llama 4 Maverick 17B', 'Llama 3.3 70B',
      'Llama 3.2 90B', 'Llama 3.2 11B', 'Llama 3.2 3B', 'Llama 3.2 1B', 'Pixtral Large 2502', 'DeepSeek R1',
    ]);
  });

  it('strips every geography prefix', () => {
    for (const prefix of ['us', 'eu', 'apac', 'jp', 'au', 'ca', 'us-gov', 'global']) {
      expect(baseModelId(`${prefix}.anthropic.claude-3-haiku-20240307-v1:0`)).toBe('anthropic.claude-3-haiku-20240307-v1:0');
    }
    expect(baseModelId('amazon.titan-text-express-v1')).toBe('amazon.titan-text-express-v1');
  });

  it('formats token counts the way the seed writes them', () => {
    expect([65536, 32768, 8192, 4096].map(formatTokens)).toEqual(['64K', '32K', '8K', '4K']);
  });

  it('searches by name, vendor and use', () => {
    expect(searchCatalog('MISTRAL AI')).toHaveLength(6);
    expect(searchCatalog('multimodal').map((m) => m.name)).toContain('Nova Pro');
    expect(searchCatalog('no-such-model')).toEqual([]);
    expect(searchCatalog('haiku').map((m) => m.name)).toContain('Claude 4.5 Haiku');
    expect(searchCatalog('deepseek')).toHaveLength(2);
    expect(searchCatalog('')).toHaveLength(50);
  });
});

describe('family rules (seed §2.4)', () => {
  it.each([
    ['anthropic.claude-3-5-haiku-20241022-v1:0', 1],
    ['meta.llama3-1-405b-instruct-v1:0', 2],
    ['mistral.mistral-large-2407-v1:0', 1],
    ['deepseek.r1-v1:0', 2],
    ['amazon.titan-text-premier-v1:0', 1],
  ])('%s takes temperature up to %s', (id, max) => {
    expect(rulesFor(id).temperature).toMatchObject({ min: 0, max, recommended: 0.7 });
  });

  it('gives top_k only to the families Converse can send it for', () => {
    expect(rulesFor('anthropic.claude-3-5-haiku-20241022-v1:0').topK).toMatchObject({ min: 0, max: 500, default: 250, field: 'anthropic' });
    expect(rulesFor('mistral.mistral-large-2407-v1:0').topK).toMatchObject({ max: 200, default: 50 });
    expect(rulesFor('amazon.nova-pro-v1:0').topK?.field).toBe('nova');
    expect(rulesFor('meta.llama3-1-8b-instruct-v1:0').topK).toBeNull();
    expect(rulesFor('amazon.titan-text-lite-v1').topK).toBeNull();
  });

  it('limits max_tokens to the model and defaults to 8192 capped there', () => {
    expect(rulesFor('anthropic.claude-3-opus-20240229-v1:0').maxTokens).toMatchObject({ min: 256, max: 4096, default: 4096 });
    expect(defaultParams('anthropic.claude-sonnet-4-5-20250929-v1:0')).toEqual({ temperature: 0.7, maxTokens: 8192, stopSequences: [] });
  });

  it.each([
    ['amazon.nova-lite-v1:0', 1],
    ['ai21.jamba-1-5-large-v1:0', 2],
    ['cohere.command-r-v1:0', 1],
    ['qwen.qwen3-32b-v1:0', 2],
    ['openai.gpt-oss-20b-1:0', 2],
  ])('%s (family the seed does not list) takes temperature up to %s', (id, max) => {
    expect(rulesFor(id).temperature).toEqual({ min: 0, max, default: 0.7, recommended: 0.7, step: 0.05 });
  });

  it('gives top_p defaults per family and stops at four sequences', () => {
    expect(rulesFor('anthropic.claude-3-haiku-20240307-v1:0').topP).toEqual({ min: 0, max: 1, default: 1, recommended: 0.9, step: 0.01 });
    expect(rulesFor('meta.llama3-8b-instruct-v1:0').topP?.default).toBe(0.9);
    expect(rulesFor('amazon.nova-micro-v1:0').topP?.default).toBe(0.9);
    expect(rulesFor('amazon.titan-text-lite-v1').topP?.default).toBe(1);
    expect(rulesFor('unknown.x').topP).not.toBeNull();
    expect(rulesFor('unknown.x').topK).toBeNull();
    for (const id of ['deepseek.v3-v1:0', 'qwen.qwen3-32b-v1:0', 'cohere.command-r-v1:0', 'ai21.jamba-1-5-mini-v1:0', 'openai.gpt-oss-20b-1:0']) {
      expect(rulesFor(id).topK).toBeNull();
      expect(rulesFor(id).maxStopSequences).toBe(4);
    }
  });

  it('applies rules through profile ids and ARNs', () => {
    const rules = rulesFor('arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-opus-4-1-20250805-v1:0');
    expect(rules.model?.name).toBe('Claude 4.1 Opus');
    expect(rules.maxTokens).toEqual({ min: 256, max: 32768, default: 8192, recommended: 8192, step: 256 });
    expect(rules.noTemperatureWithTopP).toBe(true);
  });

  it('gives unknown ids permissive rules', () => {
    const rules = rulesFor('some.new-model-v9:0');
    expect(rules.model).toBeUndefined();
    expect(rules.temperature.max).toBe(2);
    expect(rules.maxTokens.max).toBe(65536);
  });

  it('marks the models that refuse temperature with top_p', () => {
    const refusing = CATALOG.filter((m) => m.noTemperatureWithTopP).map((m) => m.name);
    expect(refusing.sort()).toEqual(['Claude 4.1 Opus', 'Claude 4.5 Haiku', 'Claude 4.5 Sonnet']);
  });
});

describe('scenario presets', () => {
  const preset = (id: string) => PRESETS.find((p) => p.id === id)!;

  it('covers the eight scenarios of the seed table with one key each', () => {
    expect(PRESETS).toHaveLength(8);
    expect(new Set(PRESETS.map((p) => p.key)).size).toBe(8);
  });

  it('leaves top_p unset for Claude 4.5 Sonnet, which refuses it with temperature', () => {
    const p = applyPreset(preset('creative'), 'anthropic.claude-sonnet-4-5-20250929-v1:0', { stopSequences: ['###'] });
    expect(p).toEqual({ temperature: 0.9, maxTokens: 8192, topK: 300, stopSequences: ['###'] });
  });

  it('fits long-form to Llama: no top_k, max_tokens capped at 8192', () => {
    const p = applyPreset(preset('long-form'), 'meta.llama3-1-405b-instruct-v1:0', { stopSequences: [] });
    expect(p).toEqual({ temperature: 0.7, maxTokens: 8192, topP: 0.9, stopSequences: [] });
  });

  it('keeps the seed values on Claude 4 Sonnet, which takes top_p with temperature', () => {
    const p = applyPreset(preset('code'), 'us.anthropic.claude-sonnet-4-20250514-v1:0', { stopSequences: [] });
    expect(p).toEqual({ temperature: 0.4, maxTokens: 4096, topP: 0.9, topK: 100, stopSequences: [] });
  });

  it('caps complex reasoning at what Claude 3 Haiku can output and keeps the guardrail', () => {
    const guardrail = { id: 'gr-1', version: '2' };
    const p = applyPreset(preset('reasoning'), 'anthropic.claude-3-haiku-20240307-v1:0', { temperature: 0.1, topP: 0.5, stopSequences: ['END'], guardrail });
    expect(p).toEqual({ temperature: 0.7, maxTokens: 4096, topP: 0.9, topK: 250, stopSequences: ['END'], guardrail });
  });

  it('clamps top_k to the family range (Nova takes at most 128)', () => {
    expect(applyPreset(preset('creative'), 'amazon.nova-pro-v1:0', { stopSequences: [] }).topK).toBe(128);
    expect(applyPreset(preset('creative'), 'mistral.mistral-large-2407-v1:0', { stopSequences: [] }).topK).toBe(200);
  });

  it('picks seed values inside the seed ranges', () => {
    const creative = preset('creative');
    expect(creative.temperature).toBeGreaterThanOrEqual(0.8);
    expect(creative.temperature).toBeLessThanOrEqual(0.9);
    expect(preset('code').temperature).toBeGreaterThanOrEqual(0.3);
    expect(preset('code').temperature).toBeLessThanOrEqual(0.5);
    expect(PRESETS.map((p) => p.key).join('')).toBe('wcqrlfsm');
  });

  it('applies multimodal to Nova Pro', () => {
    expect(applyPreset(preset('multimodal'), 'amazon.nova-pro-v1:0', { stopSequences: [] })).toEqual({
      temperature: 0.7,
      maxTokens: 8192,
      topP: 1,
      stopSequences: [],
    });
  });
});

describe('regions and inference profiles', () => {
  it.each([
    ['us-east-1', 'us.'],
    ['us-west-2', 'us.'],
    ['eu-central-1', 'eu.'],
    ['ap-northeast-1', 'apac.'],
    ['us-gov-west-1', 'us-gov.'],
    ['ca-central-1', 'us.'],
    ['sa-east-1', 'us.'],
    ['eu-west-3', 'eu.'],
    ['il-central-1', 'eu.'],
    ['me-central-1', 'apac.'],
    ['ap-northeast-3', 'apac.'],
    ['ca-west-1', 'us.'],
    ['us-gov-east-1', 'us-gov.'],
    ['af-south-1', 'global.'],
    ['ap-southeast-2', 'apac.'],
    ['ap-south-1', 'apac.'],
  ])('%s uses the %s profile', (region, prefix) => {
    expect(profileIdFor('anthropic.claude-sonnet-4-5-20250929-v1:0', region)).toBe(`${prefix}anthropic.claude-sonnet-4-5-20250929-v1:0`);
  });

  it('leaves profile ids and ARNs alone', () => {
    expect(profileIdFor('eu.amazon.nova-pro-v1:0', 'us-east-1')).toBe('eu.amazon.nova-pro-v1:0');
    expect(profileIdFor('arn:aws:bedrock:us-east-1:1:inference-profile/x', 'us-east-1')).toMatch(/^arn:/);
  });

  it('knows the Bedrock regions', () => {
    expect(isBedrockRegion('us-east-1')).toBe(true);
    expect(isBedrockRegion('xx-nowhere-1')).toBe(false);
    expect(BEDROCK_REGIONS[0]!.id).toBe(DEFAULT_REGION);
    expect(DEFAULT_REGION).toBe('us-east-1');
    expect(new Set(BEDROCK_REGIONS.map((r) => r.id)).size).toBe(BEDROCK_REGIONS.length);
    for (const id of ['us-west-2', 'us-gov-west-1', 'eu-central-2', 'ap-southeast-4', 'il-central-1']) expect(isBedrockRegion(id)).toBe(true);
    for (const r of BEDROCK_REGIONS) expect(['us', 'eu', 'apac', 'us-gov', 'global']).toContain(profilePrefixFor(r.id));
  });

  it('knows where each region sits, and guesses for regions it does not list', () => {
    const geo = Object.fromEntries(BEDROCK_REGIONS.map((r) => [r.id, r.geography]));
    expect(geo).toMatchObject({
      'us-east-1': 'us', 'ca-central-1': 'ca', 'us-gov-west-1': 'us-gov', 'eu-west-1': 'eu',
      'ap-northeast-1': 'jp', 'ap-northeast-3': 'jp', 'ap-southeast-2': 'au', 'ap-southeast-4': 'au', 'ap-south-1': 'apac',
    });
    expect(geographyOf('eu-east-9')).toBe('eu');
    expect(geographyOf('ap-far-1')).toBe('apac');
    expect(profileIdFor('meta.llama3-3-70b-instruct-v1:0', 'eu-east-9')).toBe('eu.meta.llama3-3-70b-instruct-v1:0');
    expect(profileIdFor('amazon.nova-premier-v1:0', 'us-gov-east-9')).toBe('us-gov.amazon.nova-premier-v1:0');
  });

  it('keeps jp., au. and global. profile ids the user typed', () => {
    for (const id of ['jp.anthropic.claude-sonnet-4-5-20250929-v1:0', 'au.anthropic.claude-haiku-4-5-20251001-v1:0', 'global.anthropic.claude-sonnet-4-5-20250929-v1:0']) {
      expect(profileIdFor(id, 'ap-northeast-1')).toBe(id);
    }
  });
});
