// Times as the user reads them: in their own time zone (TZ, else the system's), as
// "2026-12-01 09:41", the same in every interface language (dates in this form read the same in
// English and Chinese; a table column of them lines up).
const pad = (n: number): string => String(n).padStart(2, '0');

/** "2026-12-01 09:41" (with `seconds`, "2026-12-01 09:41:07") in the local time zone; the input unchanged when it is not a date. */
export function localTime(iso: string, opts: { seconds?: boolean; date?: boolean } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${opts.seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return opts.date === false ? time : `${day} ${time}`;
}

/** The local time zone's offset from UTC as "+08:00" (for exports, which are read elsewhere later). */
export function utcOffset(iso: string): string {
  const d = new Date(iso);
  const minutes = -d.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
