import { describe, expect, it } from 'vitest';
import { formatCommandLine, parseCommandLine } from './parse-command-line.js';

describe('parseCommandLine', () => {
  it('splits on runs of whitespace', () => {
    expect(parseCommandLine('  ls   -la\t/workspace ')).toEqual({ ok: true, argv: ['ls', '-la', '/workspace'] });
  });

  it('keeps quoted words whole, empty quotes as an empty argument, and joins adjacent parts', () => {
    expect(parseCommandLine(`sh -c 'echo "hi $X"; exit 3'`)).toEqual({
      ok: true,
      argv: ['sh', '-c', 'echo "hi $X"; exit 3'],
    });
    expect(parseCommandLine(`printf "%s\\n" '' a"b c"d`)).toEqual({ ok: true, argv: ['printf', '%s\\n', '', 'ab cd'] });
  });

  it('escapes with a backslash outside quotes, and only ", \\ and $ inside double quotes', () => {
    expect(parseCommandLine('echo a\\ b \\"')).toEqual({ ok: true, argv: ['echo', 'a b', '"'] });
    expect(parseCommandLine('echo "\\$HOME \\" \\x"')).toEqual({ ok: true, argv: ['echo', '$HOME " \\x'] });
  });

  it('treats shell syntax as plain words: nothing is expanded or piped', () => {
    expect(parseCommandLine('echo $HOME * | wc')).toEqual({ ok: true, argv: ['echo', '$HOME', '*', '|', 'wc'] });
  });

  it('says why a line cannot be run', () => {
    expect(parseCommandLine('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseCommandLine(`echo 'open`)).toEqual({ ok: false, problem: 'unclosed-quote' });
    expect(parseCommandLine('echo "open')).toEqual({ ok: false, problem: 'unclosed-quote' });
    expect(parseCommandLine('echo \\')).toEqual({ ok: false, problem: 'trailing-backslash' });
  });
});

describe('formatCommandLine', () => {
  it('quotes only what needs it, and parses back to the same argv', () => {
    const argv = ['sh', '-c', `echo "hi $0"; it's`, '', 'box', '/a/b.txt'];
    const line = formatCommandLine(argv);
    expect(line).toBe(`sh -c 'echo "hi $0"; it'\\''s' '' box /a/b.txt`);
    expect(parseCommandLine(line)).toEqual({ ok: true, argv });
  });
});
