-- Posts request bodies picked at random from a file of one JSON body per line: wrk -s bodies.lua URL -- bodies.jsonl
local bodies = {}

function init(args)
  for line in io.lines(args[1]) do
    table.insert(bodies, line)
  end
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 1000)
end

function request()
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[math.random(#bodies)])
end

dofile("bench/wrk/report.lua") -- run from the repository root, as bench/run.sh does
