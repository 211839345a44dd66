/** Chat shorthand that reads as careless in a note to an employer, with what to write instead. */
export const textSpeak: ReadonlyMap<string, string> = new Map([
  ['thx', 'thanks'], ['thnx', 'thanks'], ['thanx', 'thanks'], ['tnx', 'thanks'], ['ty', 'thank you'], ['tysm', 'thank you so much'],
  ['pls', 'please'], ['plz', 'please'], ['u', 'you'], ['ur', 'your'], ['r', 'are'], ['b4', 'before'], ['gr8', 'great'],
  ['btw', 'by the way'], ['imo', 'in my opinion'], ['imho', 'in my opinion'], ['lol', ''], ['omg', ''], ['ttyl', 'talk soon'],
  ['cya', 'see you'], ['msg', 'message'], ['ppl', 'people'], ['bc', 'because'], ['cuz', 'because'], ['coz', 'because'],
  ['tho', 'though'], ['thru', 'through'], ['wanna', 'want to'], ['gonna', 'going to'], ['gotta', 'have to'], ['abt', 'about'],
  ['convo', 'conversation'], ['idk', 'I don’t know'], ['tmrw', 'tomorrow'], ['2moro', 'tomorrow'],
  ['2day', 'today'],
]);

/** Digits standing for words between two words: "Thx 4 the chat", "look forward 2 hearing". */
export const digitWords: ReadonlyMap<string, string> = new Map([['4', 'for'], ['2', 'to']]);
