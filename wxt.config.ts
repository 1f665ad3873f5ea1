import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '年报核查 · Annual Report Auditor',
    description: '核查政府信息公开工作年度报告的表格勾稽关系、正文与表格一致性和日期。Audits Chinese government information-disclosure annual reports.',
    // Least privilege (README § Permissions): no `tabs`, no `<all_urls>`. activeTab + scripting
    // audit any page on request; the host permission lets the badge count by itself on *.gov.cn.
    permissions: ['activeTab', 'scripting', 'storage'],
    host_permissions: ['*://*.gov.cn/*'],
    // storage.session (per-tab results) needs Chrome 102.
    minimum_chrome_version: '102',
    action: { default_title: '年报核查 · Annual Report Auditor' },
    // The only script on every *.gov.cn page: a tiny detector (entrypoints/detect.ts, a plain
    // script with no WXT runtime or polyfill) that asks the worker to inject the extractor when the
    // page looks like a report. Reports are sometimes framed: every frame looks for itself.
    content_scripts: [{ matches: ['*://*.gov.cn/*'], all_frames: true, run_at: 'document_idle', js: ['detect.js'] }],
    // Firefox (MV2 build): an add-on ID for AMO. AMO asks every new add-on to declare what it
    // collects (nothing: audits stay local); Firefox reads that key from 140 (ESR), Android from 142.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nianbao-auditor@nianbao.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
