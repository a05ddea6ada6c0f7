-- Posts one GraphQL document again and again: wrk -s graphql.lua URL -- document.graphql
-- At the end prints one JSON line: requests, throughput, latency percentiles, errors.
local body

local function json_string(text)
  return '"' .. text:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n') .. '"'
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  body = '{"query": ' .. json_string(file:read("*a")) .. '}'
  file:close()
end

function request()
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end

dofile("bench/wrk/report.lua") -- run from the repository root, as bench/run.sh does
