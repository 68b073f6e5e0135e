/** The badge's own CSS, inside its shadow root: the page's styles cannot reach it, nor ours the page. */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 4px; }
.ds { font: 12px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  border-radius: 4px; padding: 2px 6px; border: 1px solid; max-width: 320px; color: #1f2328; }
.ds > summary { list-style: none; cursor: pointer; display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.ds > summary::-webkit-details-marker { display: none; }
.kind { font-weight: 600; }
.time { font-weight: 700; font-variant-numeric: tabular-nums; }
.stake { color: #57606a; }
.overdue { background: #ffebe9; border-color: #cf222e; } .overdue .time { color: #cf222e; }
.urgent { background: #fff1e5; border-color: #e16f24; } .urgent .time { color: #bc4c00; }
.soon { background: #fff8c5; border-color: #d4a72c; }
.calm { background: #ddf4ff; border-color: #54aeff; }
.problem { background: #f6f8fa; border-color: #8c959f; border-style: dashed; }
ul { margin: 4px 0 0; padding-left: 16px; } li.past { color: #8c959f; text-decoration: line-through; }
.note { margin-top: 4px; color: #57606a; }
.priority { color: #bc4c00; font-weight: 600; }
.warn { color: #cf222e; }
`;
