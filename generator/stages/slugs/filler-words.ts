/** Words that say nothing about a question's subject: left out of slugs and of the reworded-title comparison. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `a about after afterward all also an and any approach are as at be been both but by can could did do does
  each even experience for from had has have how i if in into is it its kind kinds like look make me more most
  my of on only or our should so some such tell than that the their them then there these they this those
  to us used very was we were what when where whether which while who why will with would you your describe
  explain walk through`.split(/\s+/),
);
