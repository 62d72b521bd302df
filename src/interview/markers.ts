// Markers shared by the interviewer prompt, the reply parser and the offline demo.

/** The interviewer starts a main question with [Q<n>], a follow-up with [Follow-up], the close with [End]. */
export const QUESTION_MARKER = /^\s*\[Q(\d+)\]\s*/i;
export const FOLLOW_UP_MARKER = /^\s*\[Follow-?up\]\s*/i;
export const END_MARKER = /^\s*\[End\]\s*/i;

/**
 * A machine-readable line in the interviewer system prompt, so the offline demo (which is not a
 * language model) knows what kind of interview it is running.
 */
export const interviewTag = (type: string, questions: number): string => `[mockview-interview type=${type} questions=${questions}]`;
export const INTERVIEW_TAG = /\[mockview-interview type=([\w-]+) questions=(\d+)\]/;
/** The name the brief for the demo uses for the same tag. */
export const DEMO_SETUP_TAG = INTERVIEW_TAG;

/** Marks a grading request, so the demo can say it does not grade. */
export const GRADING_TAG = '[mockview-grading]';

/** Marks a question-generation request, so the demo can offer its built-in bank instead. */
export const questionGenerationTag = (type: string, count: number): string => `[mockview-questions type=${type} count=${count}]`;
export const QUESTION_GENERATION_TAG = /\[mockview-questions type=([\w-]+) count=(\d+)\]/;
