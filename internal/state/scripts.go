package state

import "github.com/redis/go-redis/v9"

// maxConversationBytes caps the questions a conversation keeps (their JSON
// array): a DM thread that runs for a week keeps its newest questions, not all.
// The scripts hold the same number as MAXQ.
const maxConversationBytes = 256 << 10

// luaLib holds the pieces the scripts share. Every key a script touches is a
// key of one team, so all of them share the team's Cluster slot.
const luaLib = `
local MAXQ = 262144 -- maxConversationBytes
local function claim(first, last, ttl, owner)
  for i = first, last do
    if redis.call('EXISTS', KEYS[i]) == 1 then return false end
  end
  for i = first, last do
    redis.call('SET', KEYS[i], owner, 'PX', ttl)
  end
  return true
end

-- ratelimit keeps a sliding window as a sorted set: score = time in ms,
-- member = "time:random:cost". It returns -1 when allowed, else the ms to wait.
local function ratelimit(key, now, win, limit, cost, member)
  if limit <= 0 then return -1 end
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - win)
  local hits = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
  local used = 0
  for i = 1, #hits, 2 do used = used + tonumber(string.match(hits[i], ':(%d+)$')) end
  if used + cost <= limit then
    redis.call('ZADD', key, now, member)
    redis.call('PEXPIRE', key, win)
    return -1
  end
  local need = used + cost - limit
  for i = 1, #hits, 2 do
    need = need - tonumber(string.match(hits[i], ':(%d+)$'))
    if need <= 0 then return tonumber(hits[i + 1]) + win - now end
  end
  return win
end

-- append adds already JSON-encoded strings ("a","b") to the conversation's
-- JSON array by splicing, so the script never decodes the JSON it keeps.
local function append(conv, idx, id, user, surface, items, now, ttl)
  if items ~= '' then
    local q = redis.call('HGET', conv, 'q')
    if (not q) or q == '[]' then
      q = '[' .. items .. ']'
    else
      q = string.sub(q, 1, -2) .. ',' .. items .. ']'
    end
    if #q > MAXQ then
      -- keep the newest questions within the cap (decoding only then)
      local all = cjson.decode(q)
      local size, first = 2, #all + 1
      while first > 1 and size + #cjson.encode(all[first - 1]) + 1 <= MAXQ do
        first = first - 1
        size = size + #cjson.encode(all[first]) + 1
      end
      if first > #all then first = #all end
      local kept = {}
      for i = first, #all do kept[#kept + 1] = all[i] end
      q = cjson.encode(kept)
    end
    redis.call('HSET', conv, 'q', q)
  end
  redis.call('HSET', conv, 'user', user, 'surface', surface, 'upd', now)
  redis.call('PEXPIRE', conv, ttl)
  if user ~= '' then
    redis.call('SADD', idx, id)
    redis.call('PEXPIRE', idx, ttl)
  end
  return redis.call('HGETALL', conv)
end
`

var (
	// KEYS: the dedupe keys. ARGV: ttl ms, owner.
	claimScript = redis.NewScript(luaLib + `
return claim(1, #KEYS, ARGV[1], ARGV[2]) and 1 or 0`)

	// KEYS: rate key. ARGV: now ms, window ms, limit, cost, member.
	allowScript = redis.NewScript(luaLib + `
return ratelimit(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5])`)

	// KEYS: conversation, user index. ARGV: id, user, surface, items, now ms, ttl ms.
	appendScript = redis.NewScript(luaLib + `
return append(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6])`)

	// KEYS: conversation. ARGV: answer channel, answer ts, result, now ms, ttl ms.
	// A conversation deleted meanwhile (forgotten, expired) stays deleted.
	saveScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'ach', ARGV[1], 'ats', ARGV[2], 'res', ARGV[3], 'upd', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`)

	// KEYS: n dedupe keys, then rate, conversation, user index.
	// ARGV: n, dedupe ttl, owner, now, window, limit, cost, member,
	//       conversation id ('' for none), user, surface, items, state ttl.
	// Returns {owned, retry ms (-1 = allowed), conversation fields...}.
	beginScript = redis.NewScript(luaLib + `
local n = tonumber(ARGV[1])
local now = tonumber(ARGV[4])
if not claim(1, n, ARGV[2], ARGV[3]) then return {0, -1} end
local wait = ratelimit(KEYS[n + 1], now, tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]), ARGV[8])
if wait >= 0 then return {1, wait} end
if ARGV[9] == '' then return {1, -1} end
local conv = append(KEYS[n + 2], KEYS[n + 3], ARGV[9], ARGV[10], ARGV[11], ARGV[12], now, ARGV[13])
local out = {1, -1}
for i = 1, #conv do out[#out + 1] = conv[i] end
return out`)
)

var allScripts = []*redis.Script{claimScript, allowScript, appendScript, saveScript, beginScript}
