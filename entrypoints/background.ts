// Listeners only, registered synchronously (an MV3 worker woken by an event must find its listener
// at once); the logic lives in lib/extension/worker.ts. Handlers return their promise so that tests
// can await them; Chrome ignores the return value of tabs listeners.
import { browser } from 'wxt/browser';
import { handleMessage, handleTabRemoved, handleTabUpdated } from '../lib/extension/worker';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.tabs.onUpdated.addListener((tabId, change) => handleTabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => handleTabRemoved(tabId));
});
