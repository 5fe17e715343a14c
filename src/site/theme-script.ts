/**
 * The one inline script: it runs before first paint so a remembered theme never flashes the
 * other one. Kept here so the layout and the Content-Security-Policy hash share the same text.
 */
export const themeScript = `try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;
