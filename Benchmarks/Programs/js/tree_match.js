// A complete binary tree of depth 16 with heap-index values, built and summed with a switch on the
// node's tag (JavaScript's nearest thing to match), as ../tree_match.ai. Answer: 2147450880.
var LEAF = 0, NODE = 1;
var leaf = { tag: LEAF };

function build(depth, index) {
    if (depth === 0) return leaf;
    return { tag: NODE, left: build(depth - 1, 2 * index), value: index, right: build(depth - 1, 2 * index + 1) };
}

function treeSum(tree) {
    switch (tree.tag) {
        case LEAF: return 0;
        case NODE: return tree.value + treeSum(tree.left) + treeSum(tree.right);
    }
    throw new Error("No patterns matched value");
}

function bench() {
    return treeSum(build(16, 1));
}
