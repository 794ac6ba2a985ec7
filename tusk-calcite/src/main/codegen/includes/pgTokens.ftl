<#--
  Tusk: PostgreSQL tokens that Calcite's template lacks.
-->

<DEFAULT, DQID, BTID, BQID> TOKEN :
{
    /* $1, $2, ...: a parameter of the extended query protocol. */
    < PG_PARAM: "$" (["0"-"9"])+ >
|
    /* $$ or $tag$ opens a dollar-quoted string; the action reads up to the closing tag. */
    < PG_DOLLAR_QUOTED_STRING: "$" ( <PG_IDENTIFIER_START> (<PG_IDENTIFIER_START> | ["0"-"9"])* )? "$" >
    { readDollarQuotedBody(matchedToken); }
|
    /* B'0101': a bit string. */
    < PG_BIT_STRING: ["b", "B"] "'" (["0", "1"])* "'" >
|
    < NEGATE: "!" >
|
    < TILDE: "~" >
|
    < #PG_IDENTIFIER_START: ["A"-"Z", "a"-"z", "_", "\u0080"-"\uffff"] >
}
