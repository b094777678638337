import { chromium } from '@playwright/test';
const [,, url, out, w='1280', h='720', extra] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: extra === 'light' ? 'light' : 'dark' });
p.on('console', m => console.log('console', m.type(), m.text()));
p.on('requestfailed', r => console.log('failed', r.url()));
await p.goto(url); await p.waitForTimeout(800);
await p.screenshot({ path: out });
await b.close();
