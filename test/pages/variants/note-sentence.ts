/**
 * A remark column of buyer or seller prose: each table gains a 备注 column whose cells are sentences naming
 * the tasks (物流停滞, 催开发票, 工单). A task word counts only from an element that states it, so the records
 * do not change, and a page that yields nothing still yields nothing.
 */
import { cellsOf, copyDocument, describeTable, isFullWidth, tableUnits, type Transform } from './dom';

const SENTENCES = [
  '买家说物流停滞了三天，让我催开发票。',
  '客服已提交工单，物流停滞原因待查。',
  '买家催开发票，已回复会尽快处理。',
];

export const noteSentence: Transform = (doc) => {
  const out = copyDocument(doc);
  const changes: string[] = [];
  for (const unit of tableUnits(out)) {
    if (!unit.simple || unit.rows.length === 0) continue;
    const header = cellsOf(unit.header);
    const th = out.createElement(header[0]!.localName);
    th.textContent = '备注';
    unit.header.appendChild(th);
    unit.rows.forEach((tr, i) => {
      const cells = cellsOf(tr);
      if (isFullWidth(tr, unit.width)) return void cells[0]!.setAttribute('colspan', String(unit.width + 1));
      // A short row's next cell would fall under another column: it gets no remark.
      if (cells.length !== header.length) return;
      const td = out.createElement('td');
      const sentence = out.createElement('div');
      sentence.textContent = SENTENCES[i % SENTENCES.length]!;
      td.appendChild(sentence);
      tr.appendChild(td);
    });
    for (const colgroup of unit.colgroups) colgroup.appendChild(out.createElement('col'));
    changes.push(`${describeTable(unit.header)}: + 备注 of sentences naming tasks`);
  }
  return changes.length > 0 ? { document: out, changes } : null;
};
