-- The decimal strings of 0..9999 joined with "," and measured, as ../string_build.ai. Answer: 48889.
function bench()
    local parts = {}
    for i = 0, 9999 do parts[#parts + 1] = tostring(i) end
    return #table.concat(parts, ",")
end
