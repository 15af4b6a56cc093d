/**
 * The English words only the landing (the compare view and its panels) shows beyond the first
 * view's: loaded with it (withLandingWords), so neither the landing downloads the other views'
 * words nor they the landing's.
 */
export const enLanding = {
  'compare.chartAria': 'Stacked bars: arrow keys read each member’s figure, group by group',
  'compare.title.empty': 'Compare groups of markets',
  'compare.title.head': '{group}: {total}',
  'compare.noFigure': 'no sourced figure',
  'claimCheck.figures_one': '{count} figure',
  'claimCheck.figures_other': '{count} figures',
  'claimCheck.publishers_one': 'one publisher ({names})',
  'claimCheck.publishers_other': '{count} publishers ({names})',
  'claimCheck.scopes_one': 'one scope ({names})',
  'claimCheck.scopes_other': '{count} scopes ({names})',
  'claimCheck.bases_one': 'one basis ({names})',
  'claimCheck.bases_other': '{count} bases ({names})',
  'claimCheck.headline.like':
    'Like for like: the headline adds {figures} from {publishers}, of {scopes}, on {bases}.',
  'claimCheck.headline.mixed':
    'Not like for like: the headline adds {figures} from {publishers}, of {scopes}, on {bases}.',
  'claimCheck.qualified_one': 'One of them is worded as a bound or an estimate.',
  'claimCheck.qualified_other': '{count} of them are worded as bounds or estimates.',
  'claimCheck.complete':
    'Covering all {members} markets in {year} with its own figures: {publishers}.',
  'claimCheck.closest':
    'No single publisher covers all {members} markets in {year}; the closest, {publisher}{own}, covers {covered} (no figure for {lacking}).',
  'claimCheck.own': ', the claim’s own source',
  'claimCheck.noPublisher': 'No publisher gives a figure for these markets in {year}.',
  'claimCheck.open': 'By whose numbers: each publisher’s and each scope’s totals',
  'compare.title.partial': '({counted} of {members} with a figure)',
  'compare.title.ratio': '{ratio} {group}',
  'compare.title.otherEmpty': '{group} has no sourced figure',
  'compare.title.noRatio': 'no ratio to {group} can be given (both totals are open-ended bounds)',
  'compare.claimLine': '{claimant}, reported by {reporter} on {date}: {figure} for {groups} alike',
  'compare.subtitle.metric': '{metric}, {year}. {line}',
  'compare.subtitle.rule':
    'Each member’s bar is {rule}; members without a figure are missing, not zero.',
  'compare.subtitle.claim': 'Dashed line: the claim ({claim}).',
  'compare.member': '{market} {figure} ({publisher}, {period})',
  'compare.summary.total': '{group} adds up to {total}: {members}.',
  'compare.summary.none': '{group} has no sourced figure for {year}.',
  'compare.summary.missing': 'No sourced figure for {names} in {year}.',
  'compare.summary.inside': '{market} lies inside {inside} and is not added again.',
  'compare.summary.claim': 'The claim: {figure} for each group.',
  'compare.legend.claim': 'Claim: {figure}',
  'year.ofClaim': 'Year of the claim',
  'compare.checkClaim': 'Check the claim',
  'compare.noGroups': 'Add a group of markets to compare, or check the claim.',
  'compare.hiddenCounted': 'Members hidden here are still counted in the totals.',
  'compare.groups': 'Groups',
  'table.group': 'Group',
  'compare.caption': 'Each member’s {year} figure, with its source',
  'claim.aria': 'The claim checked',
  'claim.label': 'Claim checked',
  'claim.report': 'The report',
  'claim.whereRead': 'where it was read',
  'claim.otherMetric':
    'The claim is about {figure} of operational capacity; choose that metric to draw its line.',
  'warning.inside': '{group} holds {outer} and {inner}, which lies inside it: ',
  'warning.notAdded': '{inner}’s {figure} is not added again.',
  'warning.onlyOne': 'only one of them has a figure, so nothing is counted twice.',
  'warning.onlyOneInYear': 'only one of them has a figure for {year}, so nothing is counted twice.',
  'warning.missing_one':
    '{group}: no sourced figure for {names}; the total leaves it out and is a lower bound.',
  'warning.missing_other':
    '{group}: no sourced figure for {names}; the total leaves them out and is a lower bound.',
  'warning.missingInYear_one':
    '{group}: no sourced figure for {year} for {names}; the total leaves it out and is a lower bound.',
  'warning.missingInYear_other':
    '{group}: no sourced figure for {year} for {names}; the total leaves them out and is a lower bound.',
  'warning.unknown_one': '{group}: {names} is not in the loaded data.',
  'warning.unknown_other': '{group}: {names} are not in the loaded data.',
  'warning.aria': 'Warnings about these groups',
  'compare.noFigureShort': 'no figure',
  'groups.members': 'Markets in {group}',
  'groups.removeMember': 'Remove {market} from {group}',
  'groups.empty': 'No markets yet',
  'groups.remove': 'Remove group',
  'groups.add': 'Add group',
  'groups.name': 'Group {number} name',
  'groups.addMarket': 'Add a market to {group}',
  'groups.full': 'Group is full',
  'groups.choose': 'Choose a market…',
  'compare.notAddedNote': 'inside {inside}: not added again',
} as const
