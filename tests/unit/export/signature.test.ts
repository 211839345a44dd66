import { describe, expect, it } from 'vitest';
import { withSignature } from '../../../src-main/export/index.ts';

describe('withSignature', () => {
  it('should add the signature below a "-- " line', () => {
    expect(withSignature('Thank you again.\n\nBest,\nSam', 'Sam Rivera\n+1 555 0100')).toBe('Thank you again.\n\nBest,\nSam\n\n-- \nSam Rivera\n+1 555 0100\n');
  });

  it('should not add it twice', () => {
    const once = withSignature('Thank you again.', 'Sam Rivera');
    expect(withSignature(once, 'Sam Rivera')).toBe(once);
  });

  it('should recognise a body already signed with the separator stripped of its space', () => {
    const body = 'Thanks.\n\n--\nSam Rivera\n';
    expect(withSignature(body, 'Sam Rivera')).toBe(body);
  });

  it('should recognise a signature already typed at the end without a separator', () => {
    expect(withSignature('Thanks,\nSam Rivera', 'Sam Rivera')).toBe('Thanks,\nSam Rivera');
  });

  it('should still sign a body whose last word only ends like the signature', () => {
    expect(withSignature('I enjoyed meeting Mary-Jane', 'Jane')).toBe('I enjoyed meeting Mary-Jane\n\n-- \nJane\n');
  });

  it('should accept a signature saved with its own separator and CRLF line ends', () => {
    expect(withSignature('Hi\r\n', '-- \r\nSam\r\n')).toBe('Hi\n\n-- \nSam\n');
  });

  it('should leave the body alone when there is no signature', () => {
    expect(withSignature('Hi\n', '  \n')).toBe('Hi\n');
  });

  it('should sign an empty body with the signature alone', () => {
    expect(withSignature('', 'Sam')).toBe('-- \nSam\n');
  });
});
