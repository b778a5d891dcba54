import { describe, expect, it, vi } from 'vitest';
import { slotSubscribers } from '../../../src/study/browser/slot-subscribers.ts';

describe('a storage slot’s subscribers', () => {
  it('listen to the slot only while someone subscribes, once however many subscribe', () => {
    const stop = vi.fn();
    const listen = vi.fn(() => stop);
    const subscribers = slotSubscribers(listen);
    expect(listen).not.toHaveBeenCalled();

    const unsubscribeFirst = subscribers.subscribe(() => {});
    const unsubscribeSecond = subscribers.subscribe(() => {});
    expect(listen).toHaveBeenCalledTimes(1);

    unsubscribeFirst();
    expect(stop).not.toHaveBeenCalled();
    unsubscribeSecond();
    expect(stop).toHaveBeenCalledTimes(1);

    subscribers.subscribe(() => {});
    expect(listen).toHaveBeenCalledTimes(2);
  });

  it('notify every current subscriber and no former one', () => {
    const subscribers = slotSubscribers(() => () => {});
    const stays = vi.fn();
    const leaves = vi.fn();
    subscribers.subscribe(stays);
    const unsubscribe = subscribers.subscribe(leaves);
    unsubscribe();
    subscribers.notify();
    expect(stays).toHaveBeenCalledTimes(1);
    expect(leaves).not.toHaveBeenCalled();
  });
});
