# bytea: encode and decode (hex, base64, escape), digests, lengths, bytes, concatenation.
SELECT encode('abc'::bytea, 'hex'), encode('abc'::bytea, 'base64'), encode(decode('00410a5c80', 'hex'), 'escape'), encode(''::bytea, 'hex')
! a string cast to bytea is Calcite's cast (the characters' bytes), not bytea's input function reading \x hex
SELECT '\x0001'::bytea
SELECT encode(decode(repeat('ab', 60), 'hex'), 'base64')
SELECT decode('616263', 'hex'), decode('YWJj', 'base64'), decode('a\\b\101', 'escape'), decode('61 62', 'hex'), decode('YW Jj', 'base64')
SELECT decode('', 'hex'), decode('AAEC', 'base64'), encode(decode('AAEC', 'base64'), 'escape'), encode('abc'::bytea, 'HEX')
SELECT encode('abc'::bytea, 'foo')
SELECT decode('6x', 'hex')
SELECT decode('616', 'hex')
SELECT decode('YW=Jj', 'base64')
SELECT decode('YWJ', 'base64')
SELECT decode('YW*j', 'base64')
SELECT decode('a\9', 'escape')
SELECT md5('abc'::bytea), sha256('abc'), sha224(''), sha512('abc'::bytea) = sha512('abc')
SELECT sha384('abc'::bytea)
SELECT length('abc'::bytea), octet_length(decode('0001', 'hex')), bit_length('ab'::bytea), get_byte('abc'::bytea, 1)
SELECT get_byte('abc'::bytea, 5)
SELECT decode('01', 'hex') || decode('02', 'hex'), 'ab'::bytea || ''::bytea, length('\x0102' || decode('03', 'hex'))
