// What a catalog model is good for, in the interface language. The catalog carries it in English
// (`use`) and in the seed's own Chinese (`useZh`, Traditional, as the seed writes it); the Simplified
// wording below is written for mainland readers (性能, 代码, 优化), not converted character by character.
import { uiLanguage } from '../i18n/index.js';
import type { CatalogModel } from './catalog-types.js';

/** Simplified Chinese for each `useZh` of the catalog (test/catalog checks that every one is here). */
export const USE_ZH_HANS: Readonly<Record<string, string>> = {
  中等規模任務: '中等规模任务',
  企業級應用: '企业级应用',
  增強版命令模型: '增强版命令模型',
  增強版大規模推理: '增强版大规模推理',
  增強版通用模型: '增强版通用模型',
  多模態大模型: '多模态大模型',
  大規模任務: '大规模任务',
  大規模推理: '大规模推理',
  大規模混合架構: '大规模混合架构',
  平衡效能: '性能均衡',
  平衡效能與成本: '平衡性能与成本',
  快速多模態推理: '快速多模态推理',
  快速響應: '快速响应',
  '快速響應、高吞吐量': '快速响应、高吞吐量',
  推理最佳化版本: '推理优化版本',
  新一代中等規模模型: '新一代中等规模模型',
  新一代高效能模型: '新一代高性能模型',
  旗艦級多模態模型: '旗舰级多模态模型',
  最強推理與代理任務: '最强推理与智能体任务',
  標準任務: '标准任务',
  標準命令模型: '标准命令模型',
  標準通用模型: '标准通用模型',
  混合專家模型: '混合专家模型',
  '程式碼、推理、多語言': '代码、推理、多语言',
  程式碼生成專用: '代码生成专用',
  經典大規模模型: '经典大规模模型',
  經典標準模型: '经典标准模型',
  複雜推理: '复杂推理',
  '複雜推理、深度分析': '复杂推理、深度分析',
  '複雜推理、高質量輸出': '复杂推理、高质量输出',
  超大規模推理: '超大规模推理',
  超大規模程式碼生成: '超大规模代码生成',
  超大規模通用推理: '超大规模通用推理',
  超輕量級: '超轻量级',
  超輕量級場景: '超轻量级场景',
  輕量級任務: '轻量级任务',
  輕量級多模態任務: '轻量级多模态任务',
  輕量級混合架構: '轻量级混合架构',
  輕量高效: '轻量高效',
  通用場景: '通用场景',
  '通用場景、混合推理': '通用场景、混合推理',
  '通用場景、高效能': '通用场景、高性能',
  '通用場景、高效能推理': '通用场景、高性能推理',
  開源版GPT中等模型: '开源版 GPT 中型模型',
  開源版GPT大模型: '开源版 GPT 大模型',
  高效能場景: '高性能场景',
  高效能多模態處理: '高性能多模态处理',
  高質量輸出: '高质量输出',
};

/** The model's use in the language in use: English, Simplified or the seed's Traditional. */
export function modelUse(m: Pick<CatalogModel, 'use' | 'useZh'>): string {
  switch (uiLanguage()) {
    case 'zh-Hans':
      return USE_ZH_HANS[m.useZh] ?? m.useZh;
    case 'zh-Hant':
      return m.useZh;
    default:
      return m.use;
  }
}
