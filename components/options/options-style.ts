/** The options page's CSS (a string, so the page needs no stylesheet file beside its component). */
export const OPTIONS_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f8fa; color: #1f2328; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main.options { max-width: 760px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 20px; margin: 8px 0; } h2 { font-size: 17px; margin: 24px 0 8px; } h3 { font-size: 15px; margin: 0; }
.intro, .hint, .default, .source { color: #57606a; margin: 2px 0; }
.default, .source, .hint { font-size: 12px; }
.group, .data { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.field { margin: 12px 0; border: 0; padding: 0; }
.field > label, .field > legend { display: block; font-weight: 600; margin-bottom: 4px; padding: 0; }
.interpretation { font-weight: 400; color: #9a6700; margin-left: 4px; }
.control { display: flex; gap: 6px; align-items: center; }
input[type="number"] { width: 8em; } input[type="text"] { width: 20em; }
input, textarea, button { font: inherit; }
input, textarea { border: 1px solid #d0d7de; border-radius: 4px; padding: 4px 6px; }
textarea { width: 12em; }
.invalid input, .invalid textarea { border-color: #cf222e; background: #fff5f5; }
.error { color: #cf222e; margin: 2px 0; }
label.kind { display: inline-flex; gap: 4px; align-items: center; margin-right: 16px; font-weight: 400; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
button { border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; padding: 5px 14px; cursor: pointer; }
button.primary { background: #1f883d; border-color: #1a7f37; color: #fff; }
button.destructive { background: #cf222e; border-color: #a40e26; color: #fff; margin-right: 8px; }
button:disabled { opacity: .6; cursor: default; }
.danger { border-top: 1px solid #d0d7de; margin-top: 12px; padding-top: 12px; }
.warning { color: #cf222e; font-weight: 600; }
.status { padding: 6px 10px; border-radius: 4px; }
.status.ok { background: #dafbe1; } .status.info { background: #ddf4ff; } .status.error { background: #ffebe9; color: #82071e; }
.recipe-list { list-style: none; padding: 0; } .recipe { border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 10px; margin: 6px 0; }
.recipe.idle { border-color: #cf222e; } .recipe .actions, .recipe .field { margin-top: 4px; }
`;
