import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../../core/summary/boilerplate';

describe('isBoilerplate', () => {
  it.each([
    'Follow Saagar Enjeti on Twitter',
    'Follow us on Facebook and Instagram.',
    'Send tips to saagar@dailycallernewsfoundation.org',
    'All content created by the Daily Caller News Foundation, an independent and nonpartisan newswire service, is available without charge.',
    'Sign up for our daily newsletter.',
    'Click here to read the full report.',
    'Scroll down for video .',
    'Photo: John Smith/Getty Images',
    'The protesters gathered outside parliament. (AP Photo/Jane Doe)',
    'Copyright 2016 The Daily Caller',
    'Related: ISIS Gains Ground In Afghanistan',
    'Advertisement',
    'Comments are loading…',
    'By Saagar Enjeti',
    'Updated: 10:32 GMT, 27 October 2016',
    'Read more: How the attack unfolded',
    'Subscribe to our podcast for more.',
    '(SOUNDBITE OF ARCHIVED RECORDING)',
    "UNIDENTIFIED PERSON #1: This side, you're going to yell boot.",
  ])('flags %s', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(true);
  });

  it.each([
    'More than 60 police cadets were killed in the attack on Monday.',
    'The Islamic State claimed responsibility for a Monday attack in Pakistan.',
    'Officials said the gunmen followed the cadets into the dormitory.',
    'Related attacks have been reported in Afghanistan and Libya.',
    'The senator signed the bill on Tuesday after a photo opportunity at the White House.',
    'Share prices fell 3% after the announcement.',
    'By the end of the year, the company expects to double its revenue.',
    'ROSIE CURTS: If vouchers pass, it would take money away from our public schools.',
    '(The figures were revised on Monday.)',
  ])('keeps %s', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });
});
