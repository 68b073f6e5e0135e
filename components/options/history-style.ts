/** The history charts' CSS: SVG text in the page's fonts (CJK included), sized for the popup's width and up. */
export const HISTORY_CSS = `
.history { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.history h2 { margin-top: 0; } .history h3 { margin-top: 12px; }
.history .chart { margin: 8px 0 16px; max-width: 480px; }
.history svg { display: block; width: 100%; height: auto; font: 10px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.history .grid line, .history .axis { stroke: #d0d7de; stroke-width: 1; }
.history .grid text, .history .tick { fill: #57606a; }
.history .cap { stroke: #cf222e; stroke-dasharray: 4 3; stroke-width: 1.2; }
.history .cap-label { fill: #cf222e; }
.history .total { fill: none; stroke: #0969da; stroke-width: 2; }
.history .deduction circle { fill: #cf222e; stroke: #fff; stroke-width: 1; }
.history .deduction text { fill: #fff; font-weight: 700; font-size: 9px; }
.history .met rect { fill: #1f883d; } .history .missed rect { fill: #cf222e; }
.history .met text, .history .missed text { fill: #1f2328; font-size: 9px; }
.history figcaption { color: #57606a; font-size: 12px; }
.history .key.met { color: #1f883d; } .history .key.missed { color: #cf222e; margin-left: 8px; }
.history ol.deductions { list-style: none; padding: 0; margin: 4px 0; font-size: 13px; }
.history ol.deductions .dot { display: inline-block; min-width: 16px; height: 16px; border-radius: 8px; background: #cf222e; color: #fff;
  font-size: 10px; line-height: 16px; text-align: center; }
.history .capped { color: #9a6700; }
.history .total.other { stroke: #8250df; }
.history .deduction.other circle, .history li.other .dot { fill: #8250df; background: #8250df; }
.history .other, .history li.other .rule { color: #8250df; }
`;
