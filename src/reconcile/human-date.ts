const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * An EDTF date as a person writes it.
 * @example humanDate('2023-08-07') // → '7 August 2023'; humanDate('2017-02/2017-03') // → 'February 2017 – March 2017'
 */
export function humanDate(edtf: string): string {
  if (edtf.includes('/'))
    return edtf
      .split('/')
      .map((p) => (p === '..' ? '…' : humanDate(p)))
      .join(' – ');
  const m = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$/.exec(edtf);
  if (!m) return edtf;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  return [m[3] ? String(Number(m[3])) : '', month ?? '', m[1]].filter(Boolean).join(' ');
}
