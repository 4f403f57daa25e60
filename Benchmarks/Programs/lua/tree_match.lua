-- A complete binary tree of depth 16 with heap-index values, built and summed by testing the node's
-- tag (Lua's nearest thing to match), as ../tree_match.ai. Answer: 2147450880.
local LEAF, NODE = 0, 1
local leaf = { tag = LEAF }

local function build(depth, index)
    if depth == 0 then return leaf end
    return { tag = NODE, left = build(depth - 1, 2 * index), value = index, right = build(depth - 1, 2 * index + 1) }
end

local function tree_sum(tree)
    local tag = tree.tag
    if tag == LEAF then return 0 end
    if tag == NODE then return tree.value + tree_sum(tree.left) + tree_sum(tree.right) end
    error("No patterns matched value")
end

function bench()
    return tree_sum(build(16, 1))
end
