// Frames report in any order (issue 6: each frame is detected, then extracted, on its own): a
// child frame that reports before its top page is kept; frames of an older document are not.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { frameReport, putFrameSnapshot } from '../../lib/extension/frames';
import { snapshot } from './helpers';

const TAB = 3;
const TOP = 'http://www.example.gov.cn/portal.html';
const REPORT = 'http://www.example.gov.cn/nb/report.html';
const OLD = 'http://www.example.gov.cn/old/frame.html';
const ADS = 'https://ads.example.com/banner.html';

beforeEach(() => fakeBrowser.reset());

describe('putFrameSnapshot', () => {
  it('keeps a child frame that reported before the top page listed it', async () => {
    await putFrameSnapshot(TAB, 5, snapshot(REPORT), undefined);
    const tab = await putFrameSnapshot(TAB, 0, snapshot(TOP), [`${REPORT}#top`, ADS]);
    expect(Object.keys(tab.frames).sort()).toEqual(['0', '5']);
    expect(frameReport(tab)).toEqual({ read: [TOP, REPORT], unread: [ADS] });
  });

  it('drops, when a top page reports, the frames it does not list (an older document’s)', async () => {
    await putFrameSnapshot(TAB, 0, snapshot(TOP), [OLD]);
    await putFrameSnapshot(TAB, 4, snapshot(OLD), undefined);
    const tab = await putFrameSnapshot(TAB, 0, snapshot(TOP), [REPORT]);
    expect(Object.keys(tab.frames)).toEqual(['0']);
    expect(frameReport(tab)).toEqual({ read: [TOP], unread: [REPORT] });
  });

  it('replaces a frame’s older snapshot from the same address (a reloaded frame has a new id)', async () => {
    await putFrameSnapshot(TAB, 0, snapshot(TOP), [REPORT]);
    await putFrameSnapshot(TAB, 5, snapshot(REPORT), undefined);
    const tab = await putFrameSnapshot(TAB, 9, snapshot(REPORT), undefined);
    expect(Object.keys(tab.frames).sort()).toEqual(['0', '9']);
    expect(tab.childFrames).toEqual([REPORT]);
  });
});
