/// A complete binary tree of depth 16 with heap-index values, built and folded with match, as
/// Benchmarks/Programs/tree_match.ai. Answer: 2147450880.
module FluentAI.Benchmarks.FSharp.TreeMatch

type Tree =
    | Leaf
    | Node of left: Tree * value: int64 * right: Tree

let rec build (depth: int64) (index: int64) : Tree =
    if depth = 0L then Leaf else Node(build (depth - 1L) (2L * index), index, build (depth - 1L) (2L * index + 1L))

let rec treeSum (tree: Tree) : int64 =
    match tree with
    | Leaf -> 0L
    | Node(left, value, right) -> value + treeSum left + treeSum right

let bench () : int64 = treeSum (build 16L 1L)
