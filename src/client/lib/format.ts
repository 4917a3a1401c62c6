/** `2026-05-01 14:03` in the reader's time zone; the input as given when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An absolute address for a path the API returns (`/invite/…`), to paste into a message. */
export function toAbsoluteUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}
