import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { withLighthouseSession } from './lighthouse.bench';
import { join } from 'node:path';

const INIT = `(() => {
  const log = (window.__diag = []);
  const t = () => Math.round(performance.now());
  new PerformanceObserver((l) => l.getEntries().forEach((e) => log.push([t(), 'lcp', Math.round(e.startTime), e.element && e.element.tagName, e.size]))).observe({ type: 'largest-contentful-paint', buffered: true });
  for (const ev of ['loadstart','loadedmetadata','loadeddata','canplay','error','abort','emptied','suspend','stalled'])
    document.addEventListener(ev, (e) => log.push([t(), 'media:' + ev, e.target.readyState, (e.target.currentSrc||'').slice(-30)]), true);
  const desc = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'readyState');
  Object.defineProperty(HTMLMediaElement.prototype, 'readyState', { get() { const v = desc.get.call(this); log.push([t(), 'readyState?', v, this.isConnected]); return v; } });
  const ric = window.requestIdleCallback;
  window.requestIdleCallback = (cb, o) => { log.push([t(), 'ric-call', o && o.timeout]); return ric((d) => { log.push([t(), 'ric-fire']); cb(d); }, o); };
  const PO = window.PerformanceObserver;
  const origObserve = PO.prototype.observe;
  PO.prototype.observe = function (o) { log.push([t(), 'PO.observe', JSON.stringify(o)]); return origObserve.call(this, o); };
})();`;

const site = join(import.meta.dirname, '..', 'frontend', 'dist', 'frontend', 'browser');
await withLighthouseSession([site], async ({ port, urls: [base] }) => {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  for (let i = 0; i < Number(process.env.N ?? 2); i++) {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(INIT);
    const result = await lighthouse(`${base}/courses/demo-guitar-blues-lead/lessons/s1l1`, { output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, undefined, page);
    const lhr = result!.lhr;
    const diag = await page.evaluate(() => (window as unknown as { __diag: unknown[] }).__diag);
    const res = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => [Math.round(r.startTime), r.name.slice(-40)]));
    console.log('LCP', lhr.audits['largest-contentful-paint']!.displayValue, 'perf', lhr.categories.performance!.score, 'observedLCP', (lhr.audits['metrics']!.details as any).items[0].observedLargestContentfulPaint);
    console.log(JSON.stringify(diag));
    console.log(JSON.stringify(res.filter(([, n]) => /chunk|GetObject|worker/.test(n as string))));
    await page.close();
  }
  await browser.disconnect();
});
