// nqueens(8) with the placed rows in a linked list of cons cells (null is the empty list), as
// ../nqueens.ai. Recursion depth is at most 8 * 8, so the tail calls stay calls. Answer: 92.
function safe(row, dist, placed) {
    if (placed === null) return true;
    var q = placed.head;
    return q !== row && q !== row + dist && q !== row - dist && safe(row, dist + 1, placed.tail);
}

function tryRows(row, n, k, placed, acc) {
    if (row > n) return acc;
    return tryRows(row + 1, n, k, placed,
        safe(row, 1, placed) ? acc + queens(n, k + 1, { head: row, tail: placed }) : acc);
}

function queens(n, k, placed) {
    return k === n ? 1 : tryRows(1, n, k, placed, 0);
}

function bench() {
    return queens(8, 0, null);
}
