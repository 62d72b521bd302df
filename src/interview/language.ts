// The few fixed lines the app itself says to the model as the "user" (the kick-off and a nudge),
// in the interview language when we know it, so the model is not pulled towards English.

interface Lines {
  kickoff: string;
  nudge: string;
}

const ENGLISH: Lines = {
  kickoff: '(The candidate has joined. Begin the interview.)',
  nudge: '(The candidate is waiting for your next message.)',
};

const TRADITIONAL = /^(繁體中文|繁体中文|正體中文|traditional chinese|chinese \(traditional\)|zh[-_](tw|hk|mo|hant))/i;
const SIMPLIFIED = /^(中文|简体中文|簡體中文|汉语|普通话|chinese|zh)/i;

export type LanguageVariant = 'en' | 'zh-Hans' | 'zh-Hant' | 'other';

/** Which of the demo's three languages an interview language is; Simplified and Traditional kept apart. */
export function languageVariant(language: string): LanguageVariant {
  const key = language.trim();
  if (/^(english|en)\b/i.test(key) || key === '') return 'en';
  if (TRADITIONAL.test(key)) return 'zh-Hant';
  if (SIMPLIFIED.test(key)) return 'zh-Hans';
  return 'other';
}

const BY_LANGUAGE: [RegExp, Lines][] = [
  [/^(english|en)\b/i, ENGLISH],
  // Traditional before Simplified: "zh" and "chinese" are prefixes of zh-Hant and "Chinese (Traditional)".
  [TRADITIONAL, { kickoff: '（候選人已加入。請開始面試。）', nudge: '（候選人正在等待你的下一則訊息。）' }],
  [SIMPLIFIED, { kickoff: '（候选人已加入。请开始面试。）', nudge: '（候选人正在等待你的下一条消息。）' }],
  [/^(日本語|japanese|ja)\b/i, { kickoff: '（候補者が参加しました。面接を始めてください。）', nudge: '（候補者はあなたの次のメッセージを待っています。）' }],
  [/^(한국어|korean|ko)\b/i, { kickoff: '(지원자가 입장했습니다. 면접을 시작하세요.)', nudge: '(지원자가 다음 메시지를 기다리고 있습니다.)' }],
  [/^(español|espanol|spanish|es)\b/i, { kickoff: '(El candidato se ha unido. Comienza la entrevista.)', nudge: '(El candidato espera tu siguiente mensaje.)' }],
  [/^(français|francais|french|fr)\b/i, { kickoff: "(Le candidat a rejoint l'entretien. Commencez l'entretien.)", nudge: '(Le candidat attend votre prochain message.)' }],
  [/^(deutsch|german|de)\b/i, { kickoff: '(Die Kandidatin oder der Kandidat ist da. Beginnen Sie das Interview.)', nudge: '(Die Kandidatin oder der Kandidat wartet auf Ihre nächste Nachricht.)' }],
  [/^(português|portugues|portuguese|pt)\b/i, { kickoff: '(O candidato entrou. Comece a entrevista.)', nudge: '(O candidato está aguardando sua próxima mensagem.)' }],
];

export function linesFor(language: string): Lines {
  const key = language.trim();
  const found = BY_LANGUAGE.find(([re]) => re.test(key));
  if (found) return found[1];
  // Unknown language: English words, but name the language so the model keeps to it.
  return {
    kickoff: `(The candidate has joined. Begin the interview in ${key}.)`,
    nudge: `(The candidate is waiting for your next message, in ${key}.)`,
  };
}
