package org.xiandao.core.fund;

/** A limited partner. */
public record Lp(String id, String name, LpType type, boolean synthetic) {
}
