package org.xiandao.core.policy.bulk;

/** == and != on texts or conditions. */
final class Equality extends Node {
    private final boolean equal;
    private final Node left;
    private final Node right;
    private final boolean bool;
    private final byte[] out = new byte[Chunk.SIZE];

    Equality(boolean equal, Node left, Node right, boolean bool) {
        this.equal = equal;
        this.left = left;
        this.right = right;
        this.bool = bool;
    }

    @Override
    KernelSource.Row rowBool(KernelSource s) {
        KernelSource.Row l = bool ? left.rowBool(s) : left.rowText(s);
        KernelSource.Row r = bool ? right.rowBool(s) : right.rowText(s);
        return KernelSource.Row.condition((bool ? "boolEquals(" : "textEquals(") + l.code() + ", " + r.code() + ", " + equal + ")",
                l.unknown() || r.unknown());
    }

    @Override
    byte[] bools(Chunk c) {
        if (bool) {
            byte[] l = left.bools(c);
            byte[] r = right.bools(c);
            for (int i = 0; i < c.n; i++) {
                out[i] = l[i] == UNKNOWN || r[i] == UNKNOWN ? UNKNOWN : (l[i] == r[i]) == equal ? TRUE : FALSE;
            }
        } else {
            String[] l = left.texts(c);
            String[] r = right.texts(c);
            for (int i = 0; i < c.n; i++) {
                out[i] = l[i] == null || r[i] == null ? UNKNOWN : l[i].equals(r[i]) == equal ? TRUE : FALSE;
            }
        }
        return out;
    }

    @Override
    VectorSource.Lanes vecBool(VectorSource v) {
        if (!bool) {
            throw new KernelSource.CannotFuse("text equality");
        }
        VectorSource.Lanes l = v.tempCondition(left.vecBool(v));
        VectorSource.Lanes r = v.tempCondition(right.vecBool(v));
        String falseL = l.unknown() == null ? l.code() + ".not()" : l.code() + ".or(" + l.unknown() + ").not()";
        String falseR = r.unknown() == null ? r.code() + ".not()" : r.code() + ".or(" + r.unknown() + ").not()";
        String holds = equal ? "(" + l.code() + ".and(" + r.code() + ")).or(" + falseL + ".and(" + falseR + "))"
                : "(" + l.code() + ".and(" + falseR + ")).or(" + falseL + ".and(" + r.code() + "))";
        String unknown = l.unknown() == null ? r.unknown() : r.unknown() == null ? l.unknown() : l.unknown() + ".or(" + r.unknown() + ")";
        return VectorSource.Lanes.condition(unknown == null ? holds : "(" + holds + ").and((" + unknown + ").not())", unknown);
    }
}
