/**
 * Styles of the lookup content, shared by the in-page card (inside its shadow root, so page styles
 * can't reach it and these can't leak) and the popup (where the `lk-` prefix keeps them apart).
 * Light by default, dark under `prefers-color-scheme: dark`.
 */
export const LOOKUP_STYLES = `
.lk-body{--lk-fg:#1b1b1f;--lk-muted:#5b5b66;--lk-bg:#ffffff;--lk-line:#d9d9e0;--lk-accent:#0b57d0;--lk-mark:#ffe08a;--lk-soft:#f3f3f7;
  color:var(--lk-fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;}
@media (prefers-color-scheme: dark){
  .lk-body{--lk-fg:#ececf1;--lk-muted:#a9a9b6;--lk-bg:#1f1f24;--lk-line:#3a3a44;--lk-accent:#8ab4f8;--lk-mark:#6b5500;--lk-soft:#2a2a31;}
}
.lk-body p{margin:0 0 6px}
.lk-muted{color:var(--lk-muted)}
.lk-small{font-size:12px}
.lk-strong{font-weight:600}
.lk-line{margin:0 0 8px}
.lk-facts{display:flex;flex-wrap:wrap;gap:6px;align-items:baseline}
.lk-badge{display:inline-block;padding:1px 8px;border-radius:999px;background:var(--lk-soft);border:1px solid var(--lk-line);font-size:12px;font-weight:600}
.lk-section{margin:10px 0 0;padding-top:8px;border-top:1px solid var(--lk-line)}
.lk-heading{margin:0 0 6px;font-size:12px;font-weight:700;letter-spacing:.02em;text-transform:uppercase;color:var(--lk-muted)}
.lk-descriptions,.lk-ratings{margin:0;padding-left:18px}
.lk-list{margin:0;padding:0;list-style:none;display:grid;gap:4px}
.lk-occurrence{all:unset;box-sizing:border-box;display:block;width:100%;padding:6px 8px;border-radius:6px;cursor:pointer;background:var(--lk-soft);color:var(--lk-fg);font:inherit;line-height:1.4}
.lk-occurrence:hover{outline:1px solid var(--lk-line)}
.lk-occurrence:focus-visible,.lk-button:focus-visible,.lk-link:focus-visible,.lk-close:focus-visible{outline:2px solid var(--lk-accent);outline-offset:2px}
.lk-mark{background:var(--lk-mark);color:inherit;border-radius:2px;padding:0 1px}
.lk-actions{display:flex;gap:8px;margin:4px 0}
.lk-button{font:inherit;font-size:13px;padding:4px 10px;border-radius:6px;border:1px solid var(--lk-accent);background:var(--lk-accent);color:var(--lk-bg);cursor:pointer}
.lk-secondary{background:transparent;color:var(--lk-accent)}
.lk-link{color:var(--lk-accent)}
.lk-ency-head{display:flex;gap:10px;align-items:flex-start}
.lk-thumb{width:56px;height:56px;object-fit:cover;border-radius:6px;flex:none}
.lk-ency-title{font-weight:600}
`;

/** The card's frame, only used inside the shadow root. */
export const CARD_STYLES = `
:host{all:initial}
.lk-card{box-sizing:border-box;position:absolute;z-index:2147483647;width:min(360px,calc(100vw - 16px));max-height:min(70vh,520px);overflow:auto;
  background:#fff;border:1px solid #d9d9e0;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.22);padding:12px 14px}
@media (prefers-color-scheme: dark){.lk-card{background:#1f1f24;border-color:#3a3a44}}
.lk-card:focus{outline:none}
.lk-top{display:flex;align-items:flex-start;gap:8px;margin-bottom:6px}
.lk-title{flex:1;margin:0;font:600 16px/1.3 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1f;overflow-wrap:anywhere}
@media (prefers-color-scheme: dark){.lk-title{color:#ececf1}}
.lk-close{font:18px/1 system-ui,sans-serif;border:0;background:transparent;color:inherit;cursor:pointer;padding:2px 6px;border-radius:6px;color:#5b5b66}
@media (prefers-color-scheme: dark){.lk-close{color:#a9a9b6}}
`;
