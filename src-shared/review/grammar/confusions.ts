/**
 * Word confusions a recruiter notices, each written as a regular expression over one sentence that only matches
 * where the wrong word cannot be right ("your welcome", not "your amazing team"), with the word to use instead.
 * Matching is case-blind; `fix` receives the matched word and returns its replacement in the same case.
 */
export interface Confusion {
  ruleId: string;
  /** Group 1 is the wrong word; the rest of the match is the context that proves it wrong. */
  pattern: RegExp;
  right: string;
  message: string;
}

const apostrophe = "['’]";

export const confusions: Confusion[] = [
  {
    ruleId: 'grammar-your-youre',
    pattern: /\b(your)\s+(?:welcome|a|an|the|not|going|coming|doing|being|getting|right|correct|sure|able|busy|very)\b/gi,
    right: 'you’re',
    message: '“Your” means “belonging to you”; here it should be “you’re” (you are).',
  },
  {
    ruleId: 'grammar-its-its',
    pattern: /\b(its)\s+(?:a|an|been|going|not|the|great|important|exciting|clear|hard|easy|true|always|also|just|very|so|been)\b/gi,
    right: 'it’s',
    message: '“Its” means “belonging to it”; here it should be “it’s” (it is, it has).',
  },
  {
    ruleId: 'grammar-its-its',
    pattern: new RegExp(`\\b(it${apostrophe}s)\\s+(?:own|team|teams|mission|product|products|customers|users|culture|approach|platform|roadmap|goal|goals|values)\\b`, 'gi'),
    right: 'its',
    message: '“It’s” means “it is”; for “belonging to it” write “its”.',
  },
  {
    ruleId: 'grammar-there-their',
    pattern: /\b(their)\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\b/gi,
    right: 'there',
    message: '“Their” means “belonging to them”; here it should be “there” (there is, there are).',
  },
  {
    ruleId: 'grammar-there-their',
    pattern: /\b(there|they['’]re)\s+(?:own|team|teams|work|product|products|company|customers|users|office|offices|mission|culture|roadmap|hiring|process)\b/gi,
    right: 'their',
    message: 'For “belonging to them”, write “their”.',
  },
  {
    ruleId: 'grammar-then-than',
    pattern: /\b(?:more|less|better|worse|rather|other|greater|fewer|larger|smaller|faster|slower|higher|lower|bigger|stronger|easier|harder)\s+(then)\b/gi,
    right: 'than',
    message: 'In a comparison, write “than”; “then” is about time.',
  },
  {
    ruleId: 'grammar-then-than',
    pattern: /\b(?:and|since|until|back|by|just|even)\s+(than)\b(?!\s+(?:ever|before|expected|usual|planned))/gi,
    right: 'then',
    message: '“Than” compares; for a moment in time, write “then”.',
  },
  {
    ruleId: 'grammar-loose-lose',
    pattern: /\b(?:to|not|never|could|would|might|will|don['’]t|didn['’]t)\s+(loose)\b|\b(loose)\s+(?:the|my|your|our|this|that|track|touch|sight|interest|momentum|time|money)\b/gi,
    right: 'lose',
    message: '“Loose” means “not tight”; to fail to keep something is to “lose” it.',
  },
  {
    ruleId: 'grammar-could-of',
    pattern: /\b(?:could|would|should|must|might)\s+(of)\b/gi,
    right: 'have',
    message: '“Could of” is how “could’ve” sounds; write “could have”.',
  },
];
