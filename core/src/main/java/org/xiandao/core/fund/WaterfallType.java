package org.xiandao.core.fund;

/** Whole-fund (European) or deal-by-deal (American) distribution waterfall. */
public enum WaterfallType { EUROPEAN, AMERICAN }
