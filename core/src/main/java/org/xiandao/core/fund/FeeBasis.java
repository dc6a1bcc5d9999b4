package org.xiandao.core.fund;

/** What the management fee is charged on. */
public enum FeeBasis { COMMITTED, INVESTED }
