/*eslint-disable*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader,
  $Writer = $protobuf.Writer,
  $util = $protobuf.util;
const $Object = $util.global.Object,
  $undefined = $util.global.undefined,
  $Error = $util.global.Error,
  $RangeError = $util.global.RangeError,
  $Array = $util.global.Array,
  $TypeError = $util.global.TypeError,
  $String = $util.global.String,
  $Number = $util.global.Number,
  $parseInt = $util.global.parseInt,
  $BigInt = $util.global.BigInt,
  $isFinite = $util.global.isFinite,
  $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const edgehook = ($root.edgehook = (() => {
  /**
   * Namespace edgehook.
   * @exports edgehook
   * @namespace
   */
  const edgehook = {};

  edgehook.demo = (function () {
    /**
     * Namespace demo.
     * @memberof edgehook
     * @namespace
     */
    const demo = {};

    demo.TrackerUplink = (function () {
      /**
       * Properties of a TrackerUplink.
       * @typedef {Object} edgehook.demo.TrackerUplink.$Properties
       * @property {string|null} [device_id] TrackerUplink device_id
       * @property {number|Long|null} [sequence] TrackerUplink sequence
       * @property {number|Long|null} [timestamp_ms] TrackerUplink timestamp_ms
       * @property {edgehook.demo.Position.$Properties|null} [position] TrackerUplink position
       * @property {Array.<edgehook.demo.SensorReading.$Properties>|null} [readings] TrackerUplink readings
       * @property {edgehook.demo.BatteryState.$Properties|null} [battery] TrackerUplink battery
       * @property {edgehook.demo.Status|null} [status] TrackerUplink status
       * @property {Object.<string,string>|null} [labels] TrackerUplink labels
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */

      /**
       * Properties of a TrackerUplink.
       * @memberof edgehook.demo
       * @interface ITrackerUplink
       * @augments edgehook.demo.TrackerUplink.$Properties
       * @deprecated Use edgehook.demo.TrackerUplink.$Properties instead.
       */

      /**
       * Shape of a TrackerUplink.
       * @typedef {edgehook.demo.TrackerUplink.$Properties} edgehook.demo.TrackerUplink.$Shape
       */

      /**
       * Constructs a new TrackerUplink.
       * @memberof edgehook.demo
       * @classdesc Represents a TrackerUplink.
       * @constructor
       * @param {edgehook.demo.TrackerUplink.$Properties=} [properties] Properties to set
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */
      const TrackerUplink = function (properties) {
        this.readings = [];
        this.labels = {};
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      /**
       * TrackerUplink device_id.
       * @member {string} device_id
       * @memberof edgehook.demo.TrackerUplink
       * @instance
       */
      TrackerUplink.prototype.device_id = "";

      /**
       * TrackerUplink sequence.
       * @member {number|Long} sequence
       * @memberof edgehook.demo.TrackerUplink
       * @instance
       */
      TrackerUplink.prototype.sequence = $util.Long ? $util.Long.fromBits(0, 0, true) : 0;

      /**
       * TrackerUplink timestamp_ms.
       * @member {number|Long} timestamp_ms
       * @memberof edgehook.demo.TrackerUplink
       * @instance
       */
      TrackerUplink.prototype.timestamp_ms = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;

      /**
       * TrackerUplink position.
       * @member {edgehook.demo.Position.$Properties|null|undefined} position
       * @memberof edgehook.demo.TrackerUplink
       * @instance
       */
      TrackerUplink.prototype.position = null;

      /**
       * TrackerUplink readings.
       * @member {Array.<edgehook.demo.SensorReading.$Properties>} readings
       * @memberof edgehook.demo.TrackerUplink
       * @instance
       */
      TrackerUplink.prototype.readings = $util.emptyArray;

      /**
       * TrackerUplink battery.
       * @member {edgehook.demo.BatteryState.$Properties|null|undefined} battery
       * @memberof edgehook.demo.TrackerUplink
       * @instance
       */
      TrackerUplink.prototype.battery = null;

      /**
       * TrackerUplink status.
       * @member {edgehook.demo.Status} status
       * @memberof edgehook.demo.TrackerUplink
       * @instance
       */
      TrackerUplink.prototype.status = 0;

      /**
       * TrackerUplink labels.
       * @member {Object.<string,string>} labels
       * @memberof edgehook.demo.TrackerUplink
       * @instance
       */
      TrackerUplink.prototype.labels = $util.emptyObject;

      /**
       * Creates a new TrackerUplink instance using the specified properties.
       * @function create
       * @memberof edgehook.demo.TrackerUplink
       * @static
       * @param {edgehook.demo.TrackerUplink.$Properties=} [properties] Properties to set
       * @returns {edgehook.demo.TrackerUplink} TrackerUplink instance
       * @type {{
       *   (properties: edgehook.demo.TrackerUplink.$Shape): edgehook.demo.TrackerUplink & edgehook.demo.TrackerUplink.$Shape;
       *   (properties?: edgehook.demo.TrackerUplink.$Properties): edgehook.demo.TrackerUplink;
       * }}
       */
      TrackerUplink.create = function (properties) {
        return new TrackerUplink(properties);
      };

      /**
       * Encodes the specified TrackerUplink message. Does not implicitly {@link edgehook.demo.TrackerUplink.verify|verify} messages.
       * @function encode
       * @memberof edgehook.demo.TrackerUplink
       * @static
       * @param {edgehook.demo.TrackerUplink.$Properties} message TrackerUplink message or plain object to encode
       * @param {$protobuf.Writer} [writer] Writer to encode to
       * @returns {$protobuf.Writer} Writer
       */
      TrackerUplink.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id") && message.device_id !== "")
          writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.device_id);
        if (
          message.sequence != null &&
          $Object.hasOwnProperty.call(message, "sequence") &&
          (typeof message.sequence === "object"
            ? message.sequence.low || message.sequence.high
            : message.sequence !== 0)
        )
          writer.uint32(/* id 2, wireType 0 =*/ 16).uint64(message.sequence);
        if (
          message.timestamp_ms != null &&
          $Object.hasOwnProperty.call(message, "timestamp_ms") &&
          (typeof message.timestamp_ms === "object"
            ? message.timestamp_ms.low || message.timestamp_ms.high
            : message.timestamp_ms !== 0)
        )
          writer.uint32(/* id 3, wireType 0 =*/ 24).int64(message.timestamp_ms);
        if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
          $root.edgehook.demo.Position.encode(
            message.position,
            writer.uint32(/* id 4, wireType 2 =*/ 34).fork(),
            _depth + 1,
          ).ldelim();
        if (message.readings != null && message.readings.length)
          for (let i = 0; i < message.readings.length; ++i)
            $root.edgehook.demo.SensorReading.encode(
              message.readings[i],
              writer.uint32(/* id 5, wireType 2 =*/ 42).fork(),
              _depth + 1,
            ).ldelim();
        if (message.battery != null && $Object.hasOwnProperty.call(message, "battery"))
          $root.edgehook.demo.BatteryState.encode(
            message.battery,
            writer.uint32(/* id 6, wireType 2 =*/ 50).fork(),
            _depth + 1,
          ).ldelim();
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
          writer.uint32(/* id 7, wireType 0 =*/ 56).int32(message.status);
        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
          for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
            writer
              .uint32(/* id 8, wireType 2 =*/ 66)
              .fork()
              .uint32(/* id 1, wireType 2 =*/ 10)
              .string(keys[i])
              .uint32(/* id 2, wireType 2 =*/ 18)
              .string(message.labels[keys[i]])
              .ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      /**
       * Decodes a TrackerUplink message from the specified reader or buffer.
       * @function decode
       * @memberof edgehook.demo.TrackerUplink
       * @static
       * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
       * @param {number} [length] Message length if known beforehand
       * @returns {edgehook.demo.TrackerUplink & edgehook.demo.TrackerUplink.$Shape} TrackerUplink
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      TrackerUplink.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, key, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.edgehook.demo.TrackerUplink();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 2) break;
              if ((value = reader.stringVerify()).length) message.device_id = value;
              else delete message.device_id;
              continue;
            }
            case 2: {
              if (wireType !== 0) break;
              if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                message.sequence = value;
              else delete message.sequence;
              continue;
            }
            case 3: {
              if (wireType !== 0) break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.timestamp_ms = value;
              else delete message.timestamp_ms;
              continue;
            }
            case 4: {
              if (wireType !== 2) break;
              message.position = $root.edgehook.demo.Position.decode(
                reader,
                reader.size(),
                $undefined,
                _depth + 1,
                message.position,
              );
              continue;
            }
            case 5: {
              if (wireType !== 2) break;
              if (!(message.readings && message.readings.length)) message.readings = [];
              message.readings.push(
                $root.edgehook.demo.SensorReading.decode(reader, reader.size(), $undefined, _depth + 1),
              );
              continue;
            }
            case 6: {
              if (wireType !== 2) break;
              message.battery = $root.edgehook.demo.BatteryState.decode(
                reader,
                reader.size(),
                $undefined,
                _depth + 1,
                message.battery,
              );
              continue;
            }
            case 7: {
              if (wireType !== 0) break;
              if ((value = reader.int32())) message.status = value;
              else delete message.status;
              continue;
            }
            case 8: {
              if (wireType !== 2) break;
              if (message.labels === $util.emptyObject) message.labels = {};
              let end2 = reader.size() + reader.pos;
              if (end2 > reader.len) throw $RangeError("index out of range");
              reader.len = end2;
              key = "";
              value = "";
              while (reader.pos < end2) {
                let tag2 = reader.tag();
                wireType = tag2 & 7;
                switch ((tag2 >>>= 3)) {
                  case 1:
                    if (wireType !== 2) break;
                    key = reader.stringVerify();
                    continue;
                  case 2:
                    if (wireType !== 2) break;
                    value = reader.stringVerify();
                    continue;
                }
                reader.skipType(wireType, _depth, tag2);
              }
              if (reader.pos !== end2) throw $RangeError("index out of range");
              reader.len = end;
              if (key === "__proto__") $util.makeProp(message.labels, key);
              message.labels[key] = value;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      /**
       * Verifies a TrackerUplink message.
       * @function verify
       * @memberof edgehook.demo.TrackerUplink
       * @static
       * @param {Object.<string,*>} message Plain object to verify
       * @returns {string|null} `null` if valid, otherwise the reason why it is not
       */
      TrackerUplink.verify = function (message, _depth) {
        if (typeof message !== "object" || message === null) return "object expected";
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) return "max depth exceeded";
        if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id"))
          if (!$util.isString(message.device_id)) return "device_id: string expected";
        if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
          if (
            !$util.isInteger(message.sequence) &&
            !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high))
          )
            return "sequence: integer|Long expected";
        if (message.timestamp_ms != null && $Object.hasOwnProperty.call(message, "timestamp_ms"))
          if (
            !$util.isInteger(message.timestamp_ms) &&
            !(
              message.timestamp_ms &&
              $util.isInteger(message.timestamp_ms.low) &&
              $util.isInteger(message.timestamp_ms.high)
            )
          )
            return "timestamp_ms: integer|Long expected";
        if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
          let error = $root.edgehook.demo.Position.verify(message.position, _depth + 1);
          if (error) return "position." + error;
        }
        if (message.readings != null && $Object.hasOwnProperty.call(message, "readings")) {
          if (!$Array.isArray(message.readings)) return "readings: array expected";
          for (let i = 0; i < message.readings.length; ++i) {
            let error = $root.edgehook.demo.SensorReading.verify(message.readings[i], _depth + 1);
            if (error) return "readings." + error;
          }
        }
        if (message.battery != null && $Object.hasOwnProperty.call(message, "battery")) {
          let error = $root.edgehook.demo.BatteryState.verify(message.battery, _depth + 1);
          if (error) return "battery." + error;
        }
        if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
          if (typeof message.status !== "number" || (message.status | 0) !== message.status)
            return "status: enum value expected";
        if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
          if (!$util.isObject(message.labels)) return "labels: object expected";
          let key = $Object.keys(message.labels);
          for (let i = 0; i < key.length; ++i)
            if (!$util.isString(message.labels[key[i]])) return "labels: string{k:string} expected";
        }
        return null;
      };

      /**
       * Creates a TrackerUplink message from a plain object. Also converts values to their respective internal types.
       * @function fromObject
       * @memberof edgehook.demo.TrackerUplink
       * @static
       * @param {Object.<string,*>} object Plain object
       * @returns {edgehook.demo.TrackerUplink} TrackerUplink
       */
      TrackerUplink.fromObject = function (object, _depth) {
        if (object instanceof $root.edgehook.demo.TrackerUplink) return object;
        if (!$util.isObject(object)) throw $TypeError(".edgehook.demo.TrackerUplink: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.edgehook.demo.TrackerUplink();
        if (object.device_id != null)
          if (typeof object.device_id !== "string" || object.device_id.length)
            message.device_id = $String(object.device_id);
        if (object.sequence != null)
          if (
            typeof object.sequence === "object"
              ? object.sequence.low || object.sequence.high
              : $Number(object.sequence) !== 0
          )
            if ($util.Long) message.sequence = $util.Long.fromValue(object.sequence, true);
            else if (typeof object.sequence === "string") message.sequence = $parseInt(object.sequence, 10);
            else if (typeof object.sequence === "number") message.sequence = object.sequence;
            else if (typeof object.sequence === "object")
              message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(
                true,
              );
        if (object.timestamp_ms != null)
          if (
            typeof object.timestamp_ms === "object"
              ? object.timestamp_ms.low || object.timestamp_ms.high
              : $Number(object.timestamp_ms) !== 0
          )
            if ($util.Long) message.timestamp_ms = $util.Long.fromValue(object.timestamp_ms, false);
            else if (typeof object.timestamp_ms === "string") message.timestamp_ms = $parseInt(object.timestamp_ms, 10);
            else if (typeof object.timestamp_ms === "number") message.timestamp_ms = object.timestamp_ms;
            else if (typeof object.timestamp_ms === "object")
              message.timestamp_ms = new $util.LongBits(
                object.timestamp_ms.low >>> 0,
                object.timestamp_ms.high >>> 0,
              ).toNumber();
        if (object.position != null) {
          if (!$util.isObject(object.position))
            throw $TypeError(".edgehook.demo.TrackerUplink.position: object expected");
          message.position = $root.edgehook.demo.Position.fromObject(object.position, _depth + 1);
        }
        if (object.readings) {
          if (!$Array.isArray(object.readings))
            throw $TypeError(".edgehook.demo.TrackerUplink.readings: array expected");
          message.readings = $Array(object.readings.length);
          for (let i = 0; i < object.readings.length; ++i) {
            if (!$util.isObject(object.readings[i]))
              throw $TypeError(".edgehook.demo.TrackerUplink.readings: object expected");
            message.readings[i] = $root.edgehook.demo.SensorReading.fromObject(object.readings[i], _depth + 1);
          }
        }
        if (object.battery != null) {
          if (!$util.isObject(object.battery))
            throw $TypeError(".edgehook.demo.TrackerUplink.battery: object expected");
          message.battery = $root.edgehook.demo.BatteryState.fromObject(object.battery, _depth + 1);
        }
        if (
          object.status !== 0 &&
          (typeof object.status !== "string" || $root.edgehook.demo.Status[object.status] !== 0)
        )
          switch (object.status) {
            case "STATUS_UNKNOWN":
            case 0:
              message.status = 0;
              break;
            case "STATUS_OK":
            case 1:
              message.status = 1;
              break;
            case "STATUS_LOW_BATTERY":
            case 2:
              message.status = 2;
              break;
            case "STATUS_TAMPER":
            case 3:
              message.status = 3;
              break;
            default:
              if (typeof object.status === "number" && (object.status | 0) === object.status)
                message.status = object.status;
          }
        if (object.labels) {
          if (!$util.isObject(object.labels)) throw $TypeError(".edgehook.demo.TrackerUplink.labels: object expected");
          message.labels = {};
          for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
            if (keys[i] === "__proto__") $util.makeProp(message.labels, keys[i]);
            message.labels[keys[i]] = $String(object.labels[keys[i]]);
          }
        }
        return message;
      };

      /**
       * Creates a plain object from a TrackerUplink message. Also converts values to other types if specified.
       * @function toObject
       * @memberof edgehook.demo.TrackerUplink
       * @static
       * @param {edgehook.demo.TrackerUplink} message TrackerUplink
       * @param {$protobuf.IConversionOptions} [options] Conversion options
       * @returns {Object.<string,*>} Plain object
       */
      TrackerUplink.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults) object.readings = [];
        if (options.objects || options.defaults) object.labels = {};
        if (options.defaults) {
          object.device_id = "";
          if ($util.Long) {
            let long = new $util.Long(0, 0, true);
            object.sequence =
              options.longs === $String
                ? long.toString()
                : options.longs === $Number
                  ? long.toNumber()
                  : typeof $BigInt !== "undefined" && options.longs === $BigInt
                    ? long.toBigInt()
                    : long;
          } else
            object.sequence =
              options.longs === $String
                ? "0"
                : typeof $BigInt !== "undefined" && options.longs === $BigInt
                  ? $BigInt("0")
                  : 0;
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.timestamp_ms =
              options.longs === $String
                ? long.toString()
                : options.longs === $Number
                  ? long.toNumber()
                  : typeof $BigInt !== "undefined" && options.longs === $BigInt
                    ? long.toBigInt()
                    : long;
          } else
            object.timestamp_ms =
              options.longs === $String
                ? "0"
                : typeof $BigInt !== "undefined" && options.longs === $BigInt
                  ? $BigInt("0")
                  : 0;
          object.position = null;
          object.battery = null;
          object.status = options.enums === $String ? "STATUS_UNKNOWN" : 0;
        }
        if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id"))
          object.device_id = message.device_id;
        if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.sequence =
              typeof message.sequence === "number"
                ? $BigInt(message.sequence)
                : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
          else if (typeof message.sequence === "number")
            object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
          else
            object.sequence =
              options.longs === $String
                ? $util.Long.prototype.toString.call(message.sequence)
                : options.longs === $Number
                  ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true)
                  : message.sequence;
        if (message.timestamp_ms != null && $Object.hasOwnProperty.call(message, "timestamp_ms"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.timestamp_ms =
              typeof message.timestamp_ms === "number"
                ? $BigInt(message.timestamp_ms)
                : $util.Long.fromBits(
                    message.timestamp_ms.low >>> 0,
                    message.timestamp_ms.high >>> 0,
                    false,
                  ).toBigInt();
          else if (typeof message.timestamp_ms === "number")
            object.timestamp_ms = options.longs === $String ? $String(message.timestamp_ms) : message.timestamp_ms;
          else
            object.timestamp_ms =
              options.longs === $String
                ? $util.Long.prototype.toString.call(message.timestamp_ms)
                : options.longs === $Number
                  ? new $util.LongBits(message.timestamp_ms.low >>> 0, message.timestamp_ms.high >>> 0).toNumber()
                  : message.timestamp_ms;
        if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
          object.position = $root.edgehook.demo.Position.toObject(message.position, options, _depth + 1);
        if (message.readings && message.readings.length) {
          object.readings = $Array(message.readings.length);
          for (let j = 0; j < message.readings.length; ++j)
            object.readings[j] = $root.edgehook.demo.SensorReading.toObject(message.readings[j], options, _depth + 1);
        }
        if (message.battery != null && $Object.hasOwnProperty.call(message, "battery"))
          object.battery = $root.edgehook.demo.BatteryState.toObject(message.battery, options, _depth + 1);
        if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
          object.status =
            options.enums === $String
              ? $root.edgehook.demo.Status[message.status] === $undefined
                ? message.status
                : $root.edgehook.demo.Status[message.status]
              : message.status;
        let keys2;
        if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
          object.labels = {};
          for (let j = 0; j < keys2.length; ++j) {
            if (keys2[j] === "__proto__") $util.makeProp(object.labels, keys2[j]);
            object.labels[keys2[j]] = message.labels[keys2[j]];
          }
        }
        return object;
      };

      /**
       * Converts this TrackerUplink to JSON.
       * @function toJSON
       * @memberof edgehook.demo.TrackerUplink
       * @instance
       * @returns {Object.<string,*>} JSON object
       */
      TrackerUplink.prototype.toJSON = function () {
        return TrackerUplink.toObject(this, $protobuf.util.toJSONOptions);
      };

      return TrackerUplink;
    })();

    demo.Position = (function () {
      /**
       * Properties of a Position.
       * @typedef {Object} edgehook.demo.Position.$Properties
       * @property {number|null} [lat] Position lat
       * @property {number|null} [lon] Position lon
       * @property {number|null} [alt_m] Position alt_m
       * @property {number|null} [speed_kmh] Position speed_kmh
       * @property {number|null} [satellites] Position satellites
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */

      /**
       * Properties of a Position.
       * @memberof edgehook.demo
       * @interface IPosition
       * @augments edgehook.demo.Position.$Properties
       * @deprecated Use edgehook.demo.Position.$Properties instead.
       */

      /**
       * Shape of a Position.
       * @typedef {edgehook.demo.Position.$Properties} edgehook.demo.Position.$Shape
       */

      /**
       * Constructs a new Position.
       * @memberof edgehook.demo
       * @classdesc Represents a Position.
       * @constructor
       * @param {edgehook.demo.Position.$Properties=} [properties] Properties to set
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */
      const Position = function (properties) {
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      /**
       * Position lat.
       * @member {number} lat
       * @memberof edgehook.demo.Position
       * @instance
       */
      Position.prototype.lat = 0;

      /**
       * Position lon.
       * @member {number} lon
       * @memberof edgehook.demo.Position
       * @instance
       */
      Position.prototype.lon = 0;

      /**
       * Position alt_m.
       * @member {number} alt_m
       * @memberof edgehook.demo.Position
       * @instance
       */
      Position.prototype.alt_m = 0;

      /**
       * Position speed_kmh.
       * @member {number} speed_kmh
       * @memberof edgehook.demo.Position
       * @instance
       */
      Position.prototype.speed_kmh = 0;

      /**
       * Position satellites.
       * @member {number} satellites
       * @memberof edgehook.demo.Position
       * @instance
       */
      Position.prototype.satellites = 0;

      /**
       * Creates a new Position instance using the specified properties.
       * @function create
       * @memberof edgehook.demo.Position
       * @static
       * @param {edgehook.demo.Position.$Properties=} [properties] Properties to set
       * @returns {edgehook.demo.Position} Position instance
       * @type {{
       *   (properties: edgehook.demo.Position.$Shape): edgehook.demo.Position & edgehook.demo.Position.$Shape;
       *   (properties?: edgehook.demo.Position.$Properties): edgehook.demo.Position;
       * }}
       */
      Position.create = function (properties) {
        return new Position(properties);
      };

      /**
       * Encodes the specified Position message. Does not implicitly {@link edgehook.demo.Position.verify|verify} messages.
       * @function encode
       * @memberof edgehook.demo.Position
       * @static
       * @param {edgehook.demo.Position.$Properties} message Position message or plain object to encode
       * @param {$protobuf.Writer} [writer] Writer to encode to
       * @returns {$protobuf.Writer} Writer
       */
      Position.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
          writer.uint32(/* id 1, wireType 1 =*/ 9).double(message.lat);
        if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
          writer.uint32(/* id 2, wireType 1 =*/ 17).double(message.lon);
        if (message.alt_m != null && $Object.hasOwnProperty.call(message, "alt_m") && !$Object.is(message.alt_m, 0))
          writer.uint32(/* id 3, wireType 5 =*/ 29).float(message.alt_m);
        if (
          message.speed_kmh != null &&
          $Object.hasOwnProperty.call(message, "speed_kmh") &&
          !$Object.is(message.speed_kmh, 0)
        )
          writer.uint32(/* id 4, wireType 5 =*/ 37).float(message.speed_kmh);
        if (
          message.satellites != null &&
          $Object.hasOwnProperty.call(message, "satellites") &&
          message.satellites !== 0
        )
          writer.uint32(/* id 5, wireType 0 =*/ 40).uint32(message.satellites);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      /**
       * Decodes a Position message from the specified reader or buffer.
       * @function decode
       * @memberof edgehook.demo.Position
       * @static
       * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
       * @param {number} [length] Message length if known beforehand
       * @returns {edgehook.demo.Position & edgehook.demo.Position.$Shape} Position
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      Position.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.edgehook.demo.Position();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 1) break;
              if (!$Object.is((value = reader.double()), 0)) message.lat = value;
              else delete message.lat;
              continue;
            }
            case 2: {
              if (wireType !== 1) break;
              if (!$Object.is((value = reader.double()), 0)) message.lon = value;
              else delete message.lon;
              continue;
            }
            case 3: {
              if (wireType !== 5) break;
              if (!$Object.is((value = reader.float()), 0)) message.alt_m = value;
              else delete message.alt_m;
              continue;
            }
            case 4: {
              if (wireType !== 5) break;
              if (!$Object.is((value = reader.float()), 0)) message.speed_kmh = value;
              else delete message.speed_kmh;
              continue;
            }
            case 5: {
              if (wireType !== 0) break;
              if ((value = reader.uint32())) message.satellites = value;
              else delete message.satellites;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      /**
       * Verifies a Position message.
       * @function verify
       * @memberof edgehook.demo.Position
       * @static
       * @param {Object.<string,*>} message Plain object to verify
       * @returns {string|null} `null` if valid, otherwise the reason why it is not
       */
      Position.verify = function (message, _depth) {
        if (typeof message !== "object" || message === null) return "object expected";
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) return "max depth exceeded";
        if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
          if (typeof message.lat !== "number") return "lat: number expected";
        if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
          if (typeof message.lon !== "number") return "lon: number expected";
        if (message.alt_m != null && $Object.hasOwnProperty.call(message, "alt_m"))
          if (typeof message.alt_m !== "number") return "alt_m: number expected";
        if (message.speed_kmh != null && $Object.hasOwnProperty.call(message, "speed_kmh"))
          if (typeof message.speed_kmh !== "number") return "speed_kmh: number expected";
        if (message.satellites != null && $Object.hasOwnProperty.call(message, "satellites"))
          if (!$util.isInteger(message.satellites)) return "satellites: integer expected";
        return null;
      };

      /**
       * Creates a Position message from a plain object. Also converts values to their respective internal types.
       * @function fromObject
       * @memberof edgehook.demo.Position
       * @static
       * @param {Object.<string,*>} object Plain object
       * @returns {edgehook.demo.Position} Position
       */
      Position.fromObject = function (object, _depth) {
        if (object instanceof $root.edgehook.demo.Position) return object;
        if (!$util.isObject(object)) throw $TypeError(".edgehook.demo.Position: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.edgehook.demo.Position();
        if (object.lat != null) if (!$Object.is($Number(object.lat), 0)) message.lat = $Number(object.lat);
        if (object.lon != null) if (!$Object.is($Number(object.lon), 0)) message.lon = $Number(object.lon);
        if (object.alt_m != null) if (!$Object.is($Number(object.alt_m), 0)) message.alt_m = $Number(object.alt_m);
        if (object.speed_kmh != null)
          if (!$Object.is($Number(object.speed_kmh), 0)) message.speed_kmh = $Number(object.speed_kmh);
        if (object.satellites != null)
          if ($Number(object.satellites) !== 0) message.satellites = object.satellites >>> 0;
        return message;
      };

      /**
       * Creates a plain object from a Position message. Also converts values to other types if specified.
       * @function toObject
       * @memberof edgehook.demo.Position
       * @static
       * @param {edgehook.demo.Position} message Position
       * @param {$protobuf.IConversionOptions} [options] Conversion options
       * @returns {Object.<string,*>} Plain object
       */
      Position.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.lat = 0;
          object.lon = 0;
          object.alt_m = 0;
          object.speed_kmh = 0;
          object.satellites = 0;
        }
        if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
          object.lat = options.json && !$isFinite(message.lat) ? $String(message.lat) : message.lat;
        if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
          object.lon = options.json && !$isFinite(message.lon) ? $String(message.lon) : message.lon;
        if (message.alt_m != null && $Object.hasOwnProperty.call(message, "alt_m"))
          object.alt_m = options.json && !$isFinite(message.alt_m) ? $String(message.alt_m) : message.alt_m;
        if (message.speed_kmh != null && $Object.hasOwnProperty.call(message, "speed_kmh"))
          object.speed_kmh =
            options.json && !$isFinite(message.speed_kmh) ? $String(message.speed_kmh) : message.speed_kmh;
        if (message.satellites != null && $Object.hasOwnProperty.call(message, "satellites"))
          object.satellites = message.satellites;
        return object;
      };

      /**
       * Converts this Position to JSON.
       * @function toJSON
       * @memberof edgehook.demo.Position
       * @instance
       * @returns {Object.<string,*>} JSON object
       */
      Position.prototype.toJSON = function () {
        return Position.toObject(this, $protobuf.util.toJSONOptions);
      };

      return Position;
    })();

    demo.SensorReading = (function () {
      /**
       * Properties of a SensorReading.
       * @typedef {Object} edgehook.demo.SensorReading.$Properties
       * @property {string|null} [name] SensorReading name
       * @property {number|null} [value] SensorReading value
       * @property {string|null} [unit] SensorReading unit
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */

      /**
       * Properties of a SensorReading.
       * @memberof edgehook.demo
       * @interface ISensorReading
       * @augments edgehook.demo.SensorReading.$Properties
       * @deprecated Use edgehook.demo.SensorReading.$Properties instead.
       */

      /**
       * Shape of a SensorReading.
       * @typedef {edgehook.demo.SensorReading.$Properties} edgehook.demo.SensorReading.$Shape
       */

      /**
       * Constructs a new SensorReading.
       * @memberof edgehook.demo
       * @classdesc Represents a SensorReading.
       * @constructor
       * @param {edgehook.demo.SensorReading.$Properties=} [properties] Properties to set
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */
      const SensorReading = function (properties) {
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      /**
       * SensorReading name.
       * @member {string} name
       * @memberof edgehook.demo.SensorReading
       * @instance
       */
      SensorReading.prototype.name = "";

      /**
       * SensorReading value.
       * @member {number} value
       * @memberof edgehook.demo.SensorReading
       * @instance
       */
      SensorReading.prototype.value = 0;

      /**
       * SensorReading unit.
       * @member {string} unit
       * @memberof edgehook.demo.SensorReading
       * @instance
       */
      SensorReading.prototype.unit = "";

      /**
       * Creates a new SensorReading instance using the specified properties.
       * @function create
       * @memberof edgehook.demo.SensorReading
       * @static
       * @param {edgehook.demo.SensorReading.$Properties=} [properties] Properties to set
       * @returns {edgehook.demo.SensorReading} SensorReading instance
       * @type {{
       *   (properties: edgehook.demo.SensorReading.$Shape): edgehook.demo.SensorReading & edgehook.demo.SensorReading.$Shape;
       *   (properties?: edgehook.demo.SensorReading.$Properties): edgehook.demo.SensorReading;
       * }}
       */
      SensorReading.create = function (properties) {
        return new SensorReading(properties);
      };

      /**
       * Encodes the specified SensorReading message. Does not implicitly {@link edgehook.demo.SensorReading.verify|verify} messages.
       * @function encode
       * @memberof edgehook.demo.SensorReading
       * @static
       * @param {edgehook.demo.SensorReading.$Properties} message SensorReading message or plain object to encode
       * @param {$protobuf.Writer} [writer] Writer to encode to
       * @returns {$protobuf.Writer} Writer
       */
      SensorReading.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
          writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.name);
        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
          writer.uint32(/* id 2, wireType 1 =*/ 17).double(message.value);
        if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
          writer.uint32(/* id 3, wireType 2 =*/ 26).string(message.unit);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      /**
       * Decodes a SensorReading message from the specified reader or buffer.
       * @function decode
       * @memberof edgehook.demo.SensorReading
       * @static
       * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
       * @param {number} [length] Message length if known beforehand
       * @returns {edgehook.demo.SensorReading & edgehook.demo.SensorReading.$Shape} SensorReading
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      SensorReading.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.edgehook.demo.SensorReading();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 2) break;
              if ((value = reader.stringVerify()).length) message.name = value;
              else delete message.name;
              continue;
            }
            case 2: {
              if (wireType !== 1) break;
              if (!$Object.is((value = reader.double()), 0)) message.value = value;
              else delete message.value;
              continue;
            }
            case 3: {
              if (wireType !== 2) break;
              if ((value = reader.stringVerify()).length) message.unit = value;
              else delete message.unit;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      /**
       * Verifies a SensorReading message.
       * @function verify
       * @memberof edgehook.demo.SensorReading
       * @static
       * @param {Object.<string,*>} message Plain object to verify
       * @returns {string|null} `null` if valid, otherwise the reason why it is not
       */
      SensorReading.verify = function (message, _depth) {
        if (typeof message !== "object" || message === null) return "object expected";
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) return "max depth exceeded";
        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
          if (!$util.isString(message.name)) return "name: string expected";
        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
          if (typeof message.value !== "number") return "value: number expected";
        if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
          if (!$util.isString(message.unit)) return "unit: string expected";
        return null;
      };

      /**
       * Creates a SensorReading message from a plain object. Also converts values to their respective internal types.
       * @function fromObject
       * @memberof edgehook.demo.SensorReading
       * @static
       * @param {Object.<string,*>} object Plain object
       * @returns {edgehook.demo.SensorReading} SensorReading
       */
      SensorReading.fromObject = function (object, _depth) {
        if (object instanceof $root.edgehook.demo.SensorReading) return object;
        if (!$util.isObject(object)) throw $TypeError(".edgehook.demo.SensorReading: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.edgehook.demo.SensorReading();
        if (object.name != null)
          if (typeof object.name !== "string" || object.name.length) message.name = $String(object.name);
        if (object.value != null) if (!$Object.is($Number(object.value), 0)) message.value = $Number(object.value);
        if (object.unit != null)
          if (typeof object.unit !== "string" || object.unit.length) message.unit = $String(object.unit);
        return message;
      };

      /**
       * Creates a plain object from a SensorReading message. Also converts values to other types if specified.
       * @function toObject
       * @memberof edgehook.demo.SensorReading
       * @static
       * @param {edgehook.demo.SensorReading} message SensorReading
       * @param {$protobuf.IConversionOptions} [options] Conversion options
       * @returns {Object.<string,*>} Plain object
       */
      SensorReading.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.name = "";
          object.value = 0;
          object.unit = "";
        }
        if (message.name != null && $Object.hasOwnProperty.call(message, "name")) object.name = message.name;
        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
          object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
        if (message.unit != null && $Object.hasOwnProperty.call(message, "unit")) object.unit = message.unit;
        return object;
      };

      /**
       * Converts this SensorReading to JSON.
       * @function toJSON
       * @memberof edgehook.demo.SensorReading
       * @instance
       * @returns {Object.<string,*>} JSON object
       */
      SensorReading.prototype.toJSON = function () {
        return SensorReading.toObject(this, $protobuf.util.toJSONOptions);
      };

      return SensorReading;
    })();

    demo.BatteryState = (function () {
      /**
       * Properties of a BatteryState.
       * @typedef {Object} edgehook.demo.BatteryState.$Properties
       * @property {number|null} [percent] BatteryState percent
       * @property {number|null} [voltage] BatteryState voltage
       * @property {boolean|null} [charging] BatteryState charging
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */

      /**
       * Properties of a BatteryState.
       * @memberof edgehook.demo
       * @interface IBatteryState
       * @augments edgehook.demo.BatteryState.$Properties
       * @deprecated Use edgehook.demo.BatteryState.$Properties instead.
       */

      /**
       * Shape of a BatteryState.
       * @typedef {edgehook.demo.BatteryState.$Properties} edgehook.demo.BatteryState.$Shape
       */

      /**
       * Constructs a new BatteryState.
       * @memberof edgehook.demo
       * @classdesc Represents a BatteryState.
       * @constructor
       * @param {edgehook.demo.BatteryState.$Properties=} [properties] Properties to set
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */
      const BatteryState = function (properties) {
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      /**
       * BatteryState percent.
       * @member {number} percent
       * @memberof edgehook.demo.BatteryState
       * @instance
       */
      BatteryState.prototype.percent = 0;

      /**
       * BatteryState voltage.
       * @member {number} voltage
       * @memberof edgehook.demo.BatteryState
       * @instance
       */
      BatteryState.prototype.voltage = 0;

      /**
       * BatteryState charging.
       * @member {boolean} charging
       * @memberof edgehook.demo.BatteryState
       * @instance
       */
      BatteryState.prototype.charging = false;

      /**
       * Creates a new BatteryState instance using the specified properties.
       * @function create
       * @memberof edgehook.demo.BatteryState
       * @static
       * @param {edgehook.demo.BatteryState.$Properties=} [properties] Properties to set
       * @returns {edgehook.demo.BatteryState} BatteryState instance
       * @type {{
       *   (properties: edgehook.demo.BatteryState.$Shape): edgehook.demo.BatteryState & edgehook.demo.BatteryState.$Shape;
       *   (properties?: edgehook.demo.BatteryState.$Properties): edgehook.demo.BatteryState;
       * }}
       */
      BatteryState.create = function (properties) {
        return new BatteryState(properties);
      };

      /**
       * Encodes the specified BatteryState message. Does not implicitly {@link edgehook.demo.BatteryState.verify|verify} messages.
       * @function encode
       * @memberof edgehook.demo.BatteryState
       * @static
       * @param {edgehook.demo.BatteryState.$Properties} message BatteryState message or plain object to encode
       * @param {$protobuf.Writer} [writer] Writer to encode to
       * @returns {$protobuf.Writer} Writer
       */
      BatteryState.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.percent != null && $Object.hasOwnProperty.call(message, "percent") && message.percent !== 0)
          writer.uint32(/* id 1, wireType 0 =*/ 8).uint32(message.percent);
        if (
          message.voltage != null &&
          $Object.hasOwnProperty.call(message, "voltage") &&
          !$Object.is(message.voltage, 0)
        )
          writer.uint32(/* id 2, wireType 5 =*/ 21).float(message.voltage);
        if (message.charging != null && $Object.hasOwnProperty.call(message, "charging") && message.charging !== false)
          writer.uint32(/* id 3, wireType 0 =*/ 24).bool(message.charging);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      /**
       * Decodes a BatteryState message from the specified reader or buffer.
       * @function decode
       * @memberof edgehook.demo.BatteryState
       * @static
       * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
       * @param {number} [length] Message length if known beforehand
       * @returns {edgehook.demo.BatteryState & edgehook.demo.BatteryState.$Shape} BatteryState
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      BatteryState.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.edgehook.demo.BatteryState();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 0) break;
              if ((value = reader.uint32())) message.percent = value;
              else delete message.percent;
              continue;
            }
            case 2: {
              if (wireType !== 5) break;
              if (!$Object.is((value = reader.float()), 0)) message.voltage = value;
              else delete message.voltage;
              continue;
            }
            case 3: {
              if (wireType !== 0) break;
              if ((value = reader.bool())) message.charging = value;
              else delete message.charging;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      /**
       * Verifies a BatteryState message.
       * @function verify
       * @memberof edgehook.demo.BatteryState
       * @static
       * @param {Object.<string,*>} message Plain object to verify
       * @returns {string|null} `null` if valid, otherwise the reason why it is not
       */
      BatteryState.verify = function (message, _depth) {
        if (typeof message !== "object" || message === null) return "object expected";
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) return "max depth exceeded";
        if (message.percent != null && $Object.hasOwnProperty.call(message, "percent"))
          if (!$util.isInteger(message.percent)) return "percent: integer expected";
        if (message.voltage != null && $Object.hasOwnProperty.call(message, "voltage"))
          if (typeof message.voltage !== "number") return "voltage: number expected";
        if (message.charging != null && $Object.hasOwnProperty.call(message, "charging"))
          if (typeof message.charging !== "boolean") return "charging: boolean expected";
        return null;
      };

      /**
       * Creates a BatteryState message from a plain object. Also converts values to their respective internal types.
       * @function fromObject
       * @memberof edgehook.demo.BatteryState
       * @static
       * @param {Object.<string,*>} object Plain object
       * @returns {edgehook.demo.BatteryState} BatteryState
       */
      BatteryState.fromObject = function (object, _depth) {
        if (object instanceof $root.edgehook.demo.BatteryState) return object;
        if (!$util.isObject(object)) throw $TypeError(".edgehook.demo.BatteryState: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.edgehook.demo.BatteryState();
        if (object.percent != null) if ($Number(object.percent) !== 0) message.percent = object.percent >>> 0;
        if (object.voltage != null)
          if (!$Object.is($Number(object.voltage), 0)) message.voltage = $Number(object.voltage);
        if (object.charging != null) if (object.charging) message.charging = $Boolean(object.charging);
        return message;
      };

      /**
       * Creates a plain object from a BatteryState message. Also converts values to other types if specified.
       * @function toObject
       * @memberof edgehook.demo.BatteryState
       * @static
       * @param {edgehook.demo.BatteryState} message BatteryState
       * @param {$protobuf.IConversionOptions} [options] Conversion options
       * @returns {Object.<string,*>} Plain object
       */
      BatteryState.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          object.percent = 0;
          object.voltage = 0;
          object.charging = false;
        }
        if (message.percent != null && $Object.hasOwnProperty.call(message, "percent"))
          object.percent = message.percent;
        if (message.voltage != null && $Object.hasOwnProperty.call(message, "voltage"))
          object.voltage = options.json && !$isFinite(message.voltage) ? $String(message.voltage) : message.voltage;
        if (message.charging != null && $Object.hasOwnProperty.call(message, "charging"))
          object.charging = message.charging;
        return object;
      };

      /**
       * Converts this BatteryState to JSON.
       * @function toJSON
       * @memberof edgehook.demo.BatteryState
       * @instance
       * @returns {Object.<string,*>} JSON object
       */
      BatteryState.prototype.toJSON = function () {
        return BatteryState.toObject(this, $protobuf.util.toJSONOptions);
      };

      return BatteryState;
    })();

    /**
     * Status enum.
     * @name edgehook.demo.Status
     * @enum {number}
     * @property {number} STATUS_UNKNOWN=0 STATUS_UNKNOWN value
     * @property {number} STATUS_OK=1 STATUS_OK value
     * @property {number} STATUS_LOW_BATTERY=2 STATUS_LOW_BATTERY value
     * @property {number} STATUS_TAMPER=3 STATUS_TAMPER value
     */
    demo.Status = (function () {
      const valuesById = $Object.create(null),
        values = $Object.create(valuesById);
      values[(valuesById[0] = "STATUS_UNKNOWN")] = 0;
      values[(valuesById[1] = "STATUS_OK")] = 1;
      values[(valuesById[2] = "STATUS_LOW_BATTERY")] = 2;
      values[(valuesById[3] = "STATUS_TAMPER")] = 3;
      return values;
    })();

    return demo;
  })();

  return edgehook;
})());

export { $root as default };
