/**
 * The one rule for the bars of a vote, on the console, the projector, the rounds side by side
 * and the report: a bar is the share of the respondents who chose that answer, on an axis that
 * runs to 100%. Scaled to the top answer instead, a vote of 3 out of 10 would fill the bar like
 * one of 10 out of 10, and two rounds side by side could not be compared by eye. With several
 * answers allowed the bars may add up to more than 100%; each stays within it.
 */
export function shareOfRespondents(count: number, respondents: number): number {
  if (respondents <= 0 || count <= 0) return 0;
  return Math.min(1, count / respondents);
}

/** A share (0–1) as a whole percentage, as every chart and export labels it. */
export function wholePercent(share: number): number {
  return Math.round(share * 100);
}
