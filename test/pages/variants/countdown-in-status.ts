/**
 * The countdown moved into the status cell: the countdown column (a header naming 剩余/倒计时/时效) is
 * removed and its text appended to the status cell of each row (`待开票 3天18小时`), as pages that show a
 * tag under the status do. On card lists, the countdown pair's value joins the status pair's value.
 * No field is lost: the page still shows the countdown.
 */
import {
  cardLabels, cellsOf, contentOf, copyDocument, describeTable, EMPTY_TEXTS, headerWord, isCountdownHeader, isFullWidth, isStatusHeader, moveChildren,
  tableUnits, type Transform,
} from './dom';

function appendCountdown(status: Element, countdown: Element): void {
  if (EMPTY_TEXTS.has((countdown.textContent ?? '').trim())) return;
  const doc = status.ownerDocument;
  const tag = doc.createElement('span');
  moveChildren(countdown, tag);
  status.append(doc.createTextNode(' '), tag);
}

export const countdownInStatus: Transform = (doc) => {
  const out = copyDocument(doc);
  const changes: string[] = [];
  for (const unit of tableUnits(out)) {
    if (!unit.simple) continue;
    const words = cellsOf(unit.header).map((th) => headerWord(th.textContent ?? ''));
    const countdown = words.findIndex(isCountdownHeader);
    const status = words.findIndex(isStatusHeader);
    if (countdown < 0 || status < 0) continue;
    // A short row with the countdown but not the status cell: nowhere to move it.
    if (unit.rows.some((tr) => !isFullWidth(tr, unit.width) && cellsOf(tr).length > countdown && cellsOf(tr).length <= status)) continue;
    changes.push(`${describeTable(unit.header)}: ${words[countdown]} into ${words[status]}`);
    cellsOf(unit.header)[countdown]!.remove();
    for (const tr of unit.rows) {
      if (isFullWidth(tr, unit.width)) continue;
      const cells = cellsOf(tr);
      if (cells[countdown] === undefined) continue;
      appendCountdown(contentOf(cells[status]!), contentOf(cells[countdown]));
      cells[countdown].remove();
    }
    for (const colgroup of unit.colgroups) colgroup.children[countdown]?.remove();
    // A full-width placeholder spans one column less.
    for (const tr of unit.rows) if (isFullWidth(tr, unit.width)) cellsOf(tr)[0]!.setAttribute('colspan', String(unit.width - 1));
  }
  // Card lists: within one block holding both, the countdown pair goes into the status value.
  const labels = cardLabels(out);
  for (const countdown of labels.filter((l) => isCountdownHeader(l.word))) {
    const status = labels.find(
      (l) => isStatusHeader(l.word) && l.block !== countdown.block && sharedCard(l.block, countdown.block),
    );
    if (!status) continue;
    appendCountdown(status.value, countdown.value);
    countdown.block.remove();
    changes.push(`card: ${countdown.word} into ${status.word}`);
  }
  return changes.length > 0 ? { document: out, changes } : null;
};

/** Whether two pair blocks are siblings (the fields of one card). */
function sharedCard(a: Element, b: Element): boolean {
  return a.parentElement !== null && a.parentElement === b.parentElement;
}
