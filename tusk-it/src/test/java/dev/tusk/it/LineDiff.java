package dev.tusk.it;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines (longest common subsequence), for the tool tests' mismatch reports. */
final class LineDiff {

    private static final int CONTEXT = 3;

    private LineDiff() {}

    /** The unified diff turning {@code a} into {@code b}; empty when they are equal. */
    static String unified(String a, String b, String labelA, String labelB) {
        if (a.equals(b)) {
            return "";
        }
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        int n = x.size();
        int m = y.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // the edit script: ' ', '-' or '+' then the line
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.get(i).equals(y.get(j))) {
                ops.add(" " + x.get(i++));
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                ops.add("+" + y.get(j++));
            } else {
                ops.add("-" + x.get(i++));
            }
        }
        StringBuilder out = new StringBuilder("--- " + labelA + "\n+++ " + labelB + "\n");
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).charAt(0) == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
                if (ops.get(end).charAt(0) != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int oldLine = 1;
            int newLine = 1;
            for (int t = 0; t < start; t++) {
                char c = ops.get(t).charAt(0);
                if (c != '+') {
                    oldLine++;
                }
                if (c != '-') {
                    newLine++;
                }
            }
            int oldCount = 0;
            int newCount = 0;
            for (int t = start; t < end; t++) {
                char c = ops.get(t).charAt(0);
                if (c != '+') {
                    oldCount++;
                }
                if (c != '-') {
                    newCount++;
                }
            }
            out.append("@@ -")
                    .append(oldLine)
                    .append(',')
                    .append(oldCount)
                    .append(" +")
                    .append(newLine)
                    .append(',')
                    .append(newCount)
                    .append(" @@\n");
            for (int t = start; t < end; t++) {
                out.append(ops.get(t)).append('\n');
            }
            k = end;
        }
        return out.toString();
    }
}
