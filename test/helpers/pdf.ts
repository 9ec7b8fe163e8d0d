/**
 * Writes small real PDFs for tests: pages of Helvetica text lines, optionally with a
 * standard-security /Encrypt dictionary whose password check fails (an encrypted PDF), more
 * info dictionary entries (`info`: `{ CreationDate: "D:20250311" }`) and an XMP packet (`xmp`:
 * the rdf:Description's elements, `<xmp:CreateDate>…</xmp:CreateDate>`).
 */
export function makePdf(pages: string[][], options: { encrypted?: boolean; title?: string; info?: Record<string, string>; xmp?: string } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body); // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled below
  const font = 3;
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = ['BT', '/F1 12 Tf', '14 TL', '72 720 Td'];
    for (const line of lines) {
      if (line === '') ops.push('0 -30 Td');
      else ops.push(`(${line.replace(/[\\()]/g, (c) => '\\' + c)}) Tj`, 'T*');
    }
    ops.push('ET');
    const stream = ops.join('\n');
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    const content = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let info = 0;
  const entries = { ...(options.title ? { Title: options.title } : {}), ...options.info };
  if (Object.keys(entries).length) {
    add(
      `<< ${Object.entries(entries)
        .map(([k, v]) => `/${k} (${v})`)
        .join(' ')} >>`,
    );
    info = objects.length;
  }
  if (options.xmp) {
    const packet = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">${options.xmp}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
    add(`<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(packet, 'latin1')} >>\nstream\n${packet}\nendstream`);
    objects[0] = `<< /Type /Catalog /Pages 2 0 R /Metadata ${objects.length} 0 R >>`;
  }
  let encrypt = 0;
  if (options.encrypted) {
    const h = 'A1'.repeat(32);
    add(`<< /Filter /Standard /V 1 /R 2 /O <${h}> /U <${'B2'.repeat(32)}> /P -4 >>`);
    encrypt = objects.length;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'C3'.repeat(16)}> <${'C3'.repeat(16)}>]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
