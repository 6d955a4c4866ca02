/** Plain, readable, printable: no external fonts or scripts, so the page works offline and under a strict CSP. */
export const pageStyle = `
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;margin:0;background:#f6f8fa}
.spec{max-width:60rem;margin:2rem auto;padding:2rem 2.5rem;background:#fff;border:1px solid #d0d7de;border-radius:8px}
h1{font-size:1.8rem;margin:0 0 1rem}
.status{display:inline-block;font-size:.8rem;vertical-align:middle;padding:.15rem .6rem;border-radius:1rem;color:#fff;background:#6e7781}
.status-draft{background:#6e7781}.status-review{background:#9a6700}.status-approved{background:#1a7f37}
.status-implemented{background:#0969da}.status-retired{background:#57606a;text-decoration:line-through}
.badge{display:inline-block;font-size:.8rem;vertical-align:middle;padding:.1rem .55rem;border-radius:1rem;border:1px solid #d0d7de;background:#f6f8fa;color:#1f2328}
caption{text-align:left;font-weight:600;padding:.25rem 0}
.banner{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem 1rem;border-radius:6px}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.35rem .7rem;text-align:left;vertical-align:top}
.metadata th{background:#f6f8fa;white-space:nowrap}
.toc{border-left:3px solid #d0d7de;padding-left:1rem;margin:1.5rem 0}.toc h2{font-size:1rem;margin:0}
.toc ul{list-style:none;padding:0;margin:.5rem 0}.toc-level-3{padding-left:1rem}.toc-level-4,.toc-level-5,.toc-level-6{padding-left:2rem}
pre{background:#f6f8fa;padding:.8rem 1rem;overflow:auto;border-radius:6px}code{font:.9em ui-monospace,SFMono-Regular,Menlo,monospace}
pre.mermaid{background:#fff;border:1px dashed #d0d7de}
li:has(> input[type=checkbox]){list-style:none}blockquote{margin:0;padding:0 1rem;color:#57606a;border-left:.25rem solid #d0d7de}
@media print{body{background:#fff}.spec{border:0;margin:0}}
`;
