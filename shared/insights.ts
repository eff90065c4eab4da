/** Insights for merchandisers on the wire: GET /api/admin/catalogs/:id/insights. Aggregates only. */

export interface OptionCount {
  optionId: string;
  /** Designs that contain the option. */
  designs: number;
  /** designs / all designs counted. */
  share: number;
}

export interface PairInsight {
  a: string;
  b: string;
  designs: number;
  /** P(a and b) / (P(a)·P(b)): above 1, chosen together more often than chance. */
  lift: number;
}

export interface TrendInsight {
  optionId: string;
  /** Share of the designs of the last 7 days that contain it, and of the designs before. */
  recentShare: number;
  earlierShare: number;
  change: number;
}

export interface LimitInsight {
  ruleId: string;
  /** Designs that reached the rule's limit (a group full, the bag at its weight). */
  designs: number;
  share: number;
}

export interface PublicDesignInsight {
  id: string;
  name: string;
  votes: number;
  remixCount: number;
}

export interface InsightsEventBody {
  kind: 'repair';
  /** Options the repair removed or reduced. */
  options: string[];
}

export interface InsightsResponse {
  catalogId: string;
  generatedAt: string;
  /** Designs counted (every saved design of this catalog that is not rejected or taken down). */
  designs: number;
  recentDesigns: number;
  /** Pairs and trends are shown only with at least this many designs (SUGGESTIONS_MIN_SUPPORT). */
  minSupport: number;
  topOptions: OptionCount[];
  topPairs: PairInsight[];
  trending: TrendInsight[];
  mostVoted: PublicDesignInsight[];
  mostRemixed: PublicDesignInsight[];
  limits: LimitInsight[];
  /** Options the one-click repair took out of designs, most often first. */
  repairRemoved: { optionId: string; times: number }[];
  /** Out-of-stock options (in the newest version) that saved designs contain. */
  wantedOutOfStock: OptionCount[];
}
