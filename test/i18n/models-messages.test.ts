// The Bedrock messages the model setup and the interview show, in every interface language: each
// error class's title and fix, the stop reasons, the inference-profile retry, the live list's source
// and notices, relative times, and the catalog's descriptions (Simplified written for every model).
import { afterAll, describe, expect, it } from 'vitest';
import { explainClass } from '../../src/bedrock/errors.js';
import { relativeTime } from '../../src/bedrock/api-key.js';
import { stopNotice, STOP_REASONS } from '../../src/bedrock/stop-reasons.js';
import { describeSource } from '../../src/bedrock/catalog-live.js';
import { presetName, PRESETS } from '../../src/bedrock/presets.js';
import { CATALOG } from '../../src/models/catalog.js';
import { modelUse, USE_ZH_HANS } from '../../src/models/catalog-text.js';
import { ERROR_CLASSES, errorClassLabel } from '../../src/models/provider-error.js';
import { regionName } from '../../src/models/region-names.js';
import { BEDROCK_REGIONS } from '../../src/models/regions.js';
import { switchUiLanguage, UI_LANGUAGES } from '../../src/i18n/index.js';
import { englishLeft, KEEP_AS_IS } from './english-left.js';

/**
 * AWS's and our own names the fixes quote as they are (permissions, policies, commands, products):
 * not in KEEP_AS_IS yet. `region` is the placeholder in https://bedrock-runtime.<region>.amazonaws.com.
 */
const QUOTED = [
  'bedrock:InvokeModelWithResponseStream', 'bedrock:InvokeModel', 'AmazonBedrockLimitedAccess', 'AmazonBedrockFullAccess',
  'Marketplace', 'aws', 'sts', 'models', 'catalog', 'add', 'logs', 'Service', 'Quotas', 'Health', 'Dashboard', 'VPN',
  'jp', 'au', 'global', 'region', 'GovCloud',
];
const keep = new Set([...KEEP_AS_IS, ...QUOTED]);
// A short-term key issued in eu-west-1 that expired at 08:00 (for key-expired and key-region-mismatch).
const KEY = `bedrock-api-key-${Buffer.from(
  'bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=ASIA%2F20261201%2Feu-west-1%2Fbedrock%2Faws4_request&X-Amz-Date=20261130T200000Z&X-Amz-Expires=43200&Version=1',
).toString('base64')}`;
const ctx = { afterFirstToken: false, modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', region: 'us-east-1', apiKey: KEY, now: new Date('2026-12-01T10:30:00Z') };
// Bedrock's own words are quoted (validation, Legacy, unknown): a number here, so all the words are ours.
const raw = { message: '42' };

afterAll(() => switchUiLanguage('en'));

for (const lang of UI_LANGUAGES) {
  describe(`Bedrock messages in ${lang}`, () => {
    it('every error class has a title and a fix (cancelled: no fix), with no English but names and ids', async () => {
      await switchUiLanguage(lang);
      for (const cls of ERROR_CLASSES) {
        const { title, fix } = explainClass(cls, ctx, raw);
        expect(title, cls).not.toBe('');
        if (cls !== 'cancelled') expect(fix, cls).not.toBe('');
        expect(errorClassLabel(cls)).not.toBe('');
        if (lang !== 'en') expect({ cls, left: englishLeft(`${title} ${fix} ${errorClassLabel(cls)}`, keep) }).toEqual({ cls, left: [] });
      }
    });

    it('stop reasons, relative times, the live list and the presets', async () => {
      await switchUiLanguage(lang);
      const notices = STOP_REASONS.map((r) => stopNotice(r, { params: { stopSequences: [], maxTokens: 100 } })).filter(Boolean);
      expect(notices).toHaveLength(6); // cut, filtered, guardrail, overflow, two malformed_* (unusual)
      const texts = [
        ...notices,
        stopNotice('something_new', { params: { stopSequences: [] } })!,
        relativeTime(new Date('2026-12-01T12:50:00Z'), new Date('2026-12-01T10:30:00Z')),
        relativeTime(new Date('2026-12-01T10:00:00Z'), new Date('2026-12-01T10:30:00Z')),
        describeSource({ source: 'live', fetchedAt: '2026-12-01T10:00:00Z' }),
        describeSource({ source: 'cache', fetchedAt: '2026-12-01T10:00:00Z' }),
        describeSource({ source: 'built-in', fetchedAt: null }),
        ...PRESETS.map(presetName),
        ...BEDROCK_REGIONS.map((r) => regionName(r.id)),
      ];
      for (const text of texts) expect(text).not.toBe('');
      if (lang !== 'en') expect(texts.flatMap((text) => englishLeft(text!.replace(/max_tokens|something_new|malformed_\w+/g, ''), keep))).toEqual([]);
      if (lang === 'en') expect(texts).toContain('in 2 h 20 min');
    });

    it("the catalog's descriptions: English, Simplified written for every model, the seed's Traditional", async () => {
      await switchUiLanguage(lang);
      for (const m of CATALOG) {
        const use = modelUse(m);
        if (lang === 'en') expect(use).toBe(m.use);
        if (lang === 'zh-Hant') expect(use).toBe(m.useZh);
        if (lang === 'zh-Hans') {
          expect(USE_ZH_HANS[m.useZh], m.id).toBeDefined();
          expect(use).not.toMatch(/[個們這說時對會來過還沒發見樣問題設數據網絡應該請輸擇刪認確開關鍵載錯誤連試務間區麼為從當無與將進級錄歷記導選項頁覽顯幫動態證碼長鐘節圍譯語簡體現實際經驗評價結總計繼續斷線終備檔儲檢標簽預視圖書門給讓滿員職崗類專業審調優質鑰號郵報費單擊縮換轉細統隊領負責難頻寬戶億萬輪賴庫歸層階訊讀寫聽穩壓兩並適規則處強複雜場響輕艦構範輸]/);
        }
      }
    });
  });
}
