/** The welcome page's CSS, beside its component as the options page keeps its own. */
export const WELCOME_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f8fa; color: #1f2328; font: 14px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
main.welcome { max-width: 720px; margin: 0 auto; padding: 16px 24px 40px; }
h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 16px; margin: 0 0 6px; }
.lead { color: #57606a; }
section { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
ul { margin: 4px 0; padding-left: 20px; } .pages li { margin: 6px 0; }
.links { display: flex; flex-wrap: wrap; gap: 4px 14px; }
a { color: #0969da; }
.hint { color: #57606a; font-size: 12px; }
.notifications.denied { border-color: #cf222e; background: #fff5f5; }
.notifications.granted [role="status"] { color: #1a7f37; font-weight: 600; }
.notifications.denied [role="status"] { color: #cf222e; font-weight: 600; }
button { font: inherit; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; padding: 4px 12px; cursor: pointer; }
.sent { margin-left: 8px; color: #57606a; }
`;
