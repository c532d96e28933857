import { canonicalJson } from "../canonical-json"

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: { d: [1, { y: 2, x: 1 }], c: null } }, '{"a":{"c":null,"d":[1,{"x":1,"y":2}]}}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    [[{ b: 1, a: 1 }, "x"], '[{"a":1,"b":1},"x"]'],
    [undefined, "null"],
    ["12.30", '"12.30"'],
  ])("%j is %s", (value, expected) => {
    expect(canonicalJson(value)).toBe(expected)
  })
})
