/**
 * Chart.js draws on a canvas, where CSS variables do not reach: the colours are read from the page's own tokens
 * (resolved for the theme in force) each time a chart is drawn, and charts redraw when the theme changes.
 */
export interface ChartColours {
  text: string;
  muted: string;
  grid: string;
  series: string[];
}

function resolve(variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  probe.style.display = 'none';
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

export function chartColours(): ChartColours {
  return { text: resolve('--text'), muted: resolve('--muted'), grid: resolve('--border'), series: ['--accent', '--ok', '--warning', '--danger', '--muted'].map(resolve) };
}

/** Calls `redraw` whenever the theme changes: the system's preference, or the one forced in Settings. */
export function onThemeChange(redraw: () => void): () => void {
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', redraw);
  const observer = new MutationObserver(redraw);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    media.removeEventListener('change', redraw);
    observer.disconnect();
  };
}

/** One set of bars or one line: a value per label, `null` where there is nothing to show. */
export interface Series {
  label: string;
  values: (number | null)[];
}
