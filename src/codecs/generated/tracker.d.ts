import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace edgehook. */
export namespace edgehook {
  /** Namespace demo. */
  namespace demo {
    /**
     * Properties of a TrackerUplink.
     * @deprecated Use edgehook.demo.TrackerUplink.$Properties instead.
     */
    interface ITrackerUplink extends edgehook.demo.TrackerUplink.$Properties {}

    /** Represents a TrackerUplink. */
    class TrackerUplink {
      /**
       * Constructs a new TrackerUplink.
       * @param [properties] Properties to set
       */
      constructor(properties?: edgehook.demo.TrackerUplink.$Properties);

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];

      /** TrackerUplink device_id. */
      device_id: string;

      /** TrackerUplink sequence. */
      sequence: number | Long;

      /** TrackerUplink timestamp_ms. */
      timestamp_ms: number | Long;

      /** TrackerUplink position. */
      position?: edgehook.demo.Position.$Properties | null;

      /** TrackerUplink readings. */
      readings: edgehook.demo.SensorReading.$Properties[];

      /** TrackerUplink battery. */
      battery?: edgehook.demo.BatteryState.$Properties | null;

      /** TrackerUplink status. */
      status: edgehook.demo.Status;

      /** TrackerUplink labels. */
      labels: { [k: string]: string };

      /**
       * Creates a new TrackerUplink instance using the specified properties.
       * @param [properties] Properties to set
       * @returns TrackerUplink instance
       */
      static create(
        properties: edgehook.demo.TrackerUplink.$Shape,
      ): edgehook.demo.TrackerUplink & edgehook.demo.TrackerUplink.$Shape;
      static create(properties?: edgehook.demo.TrackerUplink.$Properties): edgehook.demo.TrackerUplink;

      /**
       * Encodes the specified TrackerUplink message. Does not implicitly {@link edgehook.demo.TrackerUplink.verify|verify} messages.
       * @param message TrackerUplink message or plain object to encode
       * @param [writer] Writer to encode to
       * @returns Writer
       */
      static encode(message: edgehook.demo.TrackerUplink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

      /**
       * Decodes a TrackerUplink message from the specified reader or buffer.
       * @param reader Reader or buffer to decode from
       * @param [length] Message length if known beforehand
       * @returns {edgehook.demo.TrackerUplink & edgehook.demo.TrackerUplink.$Shape} TrackerUplink
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      static decode(
        reader: $protobuf.Reader | Uint8Array,
        length?: number,
      ): edgehook.demo.TrackerUplink & edgehook.demo.TrackerUplink.$Shape;

      /**
       * Verifies a TrackerUplink message.
       * @param message Plain object to verify
       * @returns `null` if valid, otherwise the reason why it is not
       */
      static verify(message: { [k: string]: any }): string | null;

      /**
       * Creates a TrackerUplink message from a plain object. Also converts values to their respective internal types.
       * @param object Plain object
       * @returns TrackerUplink
       */
      static fromObject(object: { [k: string]: any }): edgehook.demo.TrackerUplink;

      /**
       * Creates a plain object from a TrackerUplink message. Also converts values to other types if specified.
       * @param message TrackerUplink
       * @param [options] Conversion options
       * @returns Plain object
       */
      static toObject(
        message: edgehook.demo.TrackerUplink,
        options?: $protobuf.IConversionOptions,
      ): { [k: string]: any };

      /**
       * Converts this TrackerUplink to JSON.
       * @returns JSON object
       */
      toJSON(): { [k: string]: any };
    }

    namespace TrackerUplink {
      /** Properties of a TrackerUplink. */
      interface $Properties {
        /** TrackerUplink device_id */
        device_id?: string | null;

        /** TrackerUplink sequence */
        sequence?: number | Long | null;

        /** TrackerUplink timestamp_ms */
        timestamp_ms?: number | Long | null;

        /** TrackerUplink position */
        position?: edgehook.demo.Position.$Properties | null;

        /** TrackerUplink readings */
        readings?: edgehook.demo.SensorReading.$Properties[] | null;

        /** TrackerUplink battery */
        battery?: edgehook.demo.BatteryState.$Properties | null;

        /** TrackerUplink status */
        status?: edgehook.demo.Status | null;

        /** TrackerUplink labels */
        labels?: { [k: string]: string } | null;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
      }

      /** Shape of a TrackerUplink. */
      type $Shape = edgehook.demo.TrackerUplink.$Properties;
    }

    /**
     * Properties of a Position.
     * @deprecated Use edgehook.demo.Position.$Properties instead.
     */
    interface IPosition extends edgehook.demo.Position.$Properties {}

    /** Represents a Position. */
    class Position {
      /**
       * Constructs a new Position.
       * @param [properties] Properties to set
       */
      constructor(properties?: edgehook.demo.Position.$Properties);

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];

      /** Position lat. */
      lat: number;

      /** Position lon. */
      lon: number;

      /** Position alt_m. */
      alt_m: number;

      /** Position speed_kmh. */
      speed_kmh: number;

      /** Position satellites. */
      satellites: number;

      /**
       * Creates a new Position instance using the specified properties.
       * @param [properties] Properties to set
       * @returns Position instance
       */
      static create(properties: edgehook.demo.Position.$Shape): edgehook.demo.Position & edgehook.demo.Position.$Shape;
      static create(properties?: edgehook.demo.Position.$Properties): edgehook.demo.Position;

      /**
       * Encodes the specified Position message. Does not implicitly {@link edgehook.demo.Position.verify|verify} messages.
       * @param message Position message or plain object to encode
       * @param [writer] Writer to encode to
       * @returns Writer
       */
      static encode(message: edgehook.demo.Position.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

      /**
       * Decodes a Position message from the specified reader or buffer.
       * @param reader Reader or buffer to decode from
       * @param [length] Message length if known beforehand
       * @returns {edgehook.demo.Position & edgehook.demo.Position.$Shape} Position
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      static decode(
        reader: $protobuf.Reader | Uint8Array,
        length?: number,
      ): edgehook.demo.Position & edgehook.demo.Position.$Shape;

      /**
       * Verifies a Position message.
       * @param message Plain object to verify
       * @returns `null` if valid, otherwise the reason why it is not
       */
      static verify(message: { [k: string]: any }): string | null;

      /**
       * Creates a Position message from a plain object. Also converts values to their respective internal types.
       * @param object Plain object
       * @returns Position
       */
      static fromObject(object: { [k: string]: any }): edgehook.demo.Position;

      /**
       * Creates a plain object from a Position message. Also converts values to other types if specified.
       * @param message Position
       * @param [options] Conversion options
       * @returns Plain object
       */
      static toObject(message: edgehook.demo.Position, options?: $protobuf.IConversionOptions): { [k: string]: any };

      /**
       * Converts this Position to JSON.
       * @returns JSON object
       */
      toJSON(): { [k: string]: any };
    }

    namespace Position {
      /** Properties of a Position. */
      interface $Properties {
        /** Position lat */
        lat?: number | null;

        /** Position lon */
        lon?: number | null;

        /** Position alt_m */
        alt_m?: number | null;

        /** Position speed_kmh */
        speed_kmh?: number | null;

        /** Position satellites */
        satellites?: number | null;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
      }

      /** Shape of a Position. */
      type $Shape = edgehook.demo.Position.$Properties;
    }

    /**
     * Properties of a SensorReading.
     * @deprecated Use edgehook.demo.SensorReading.$Properties instead.
     */
    interface ISensorReading extends edgehook.demo.SensorReading.$Properties {}

    /** Represents a SensorReading. */
    class SensorReading {
      /**
       * Constructs a new SensorReading.
       * @param [properties] Properties to set
       */
      constructor(properties?: edgehook.demo.SensorReading.$Properties);

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];

      /** SensorReading name. */
      name: string;

      /** SensorReading value. */
      value: number;

      /** SensorReading unit. */
      unit: string;

      /**
       * Creates a new SensorReading instance using the specified properties.
       * @param [properties] Properties to set
       * @returns SensorReading instance
       */
      static create(
        properties: edgehook.demo.SensorReading.$Shape,
      ): edgehook.demo.SensorReading & edgehook.demo.SensorReading.$Shape;
      static create(properties?: edgehook.demo.SensorReading.$Properties): edgehook.demo.SensorReading;

      /**
       * Encodes the specified SensorReading message. Does not implicitly {@link edgehook.demo.SensorReading.verify|verify} messages.
       * @param message SensorReading message or plain object to encode
       * @param [writer] Writer to encode to
       * @returns Writer
       */
      static encode(message: edgehook.demo.SensorReading.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

      /**
       * Decodes a SensorReading message from the specified reader or buffer.
       * @param reader Reader or buffer to decode from
       * @param [length] Message length if known beforehand
       * @returns {edgehook.demo.SensorReading & edgehook.demo.SensorReading.$Shape} SensorReading
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      static decode(
        reader: $protobuf.Reader | Uint8Array,
        length?: number,
      ): edgehook.demo.SensorReading & edgehook.demo.SensorReading.$Shape;

      /**
       * Verifies a SensorReading message.
       * @param message Plain object to verify
       * @returns `null` if valid, otherwise the reason why it is not
       */
      static verify(message: { [k: string]: any }): string | null;

      /**
       * Creates a SensorReading message from a plain object. Also converts values to their respective internal types.
       * @param object Plain object
       * @returns SensorReading
       */
      static fromObject(object: { [k: string]: any }): edgehook.demo.SensorReading;

      /**
       * Creates a plain object from a SensorReading message. Also converts values to other types if specified.
       * @param message SensorReading
       * @param [options] Conversion options
       * @returns Plain object
       */
      static toObject(
        message: edgehook.demo.SensorReading,
        options?: $protobuf.IConversionOptions,
      ): { [k: string]: any };

      /**
       * Converts this SensorReading to JSON.
       * @returns JSON object
       */
      toJSON(): { [k: string]: any };
    }

    namespace SensorReading {
      /** Properties of a SensorReading. */
      interface $Properties {
        /** SensorReading name */
        name?: string | null;

        /** SensorReading value */
        value?: number | null;

        /** SensorReading unit */
        unit?: string | null;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
      }

      /** Shape of a SensorReading. */
      type $Shape = edgehook.demo.SensorReading.$Properties;
    }

    /**
     * Properties of a BatteryState.
     * @deprecated Use edgehook.demo.BatteryState.$Properties instead.
     */
    interface IBatteryState extends edgehook.demo.BatteryState.$Properties {}

    /** Represents a BatteryState. */
    class BatteryState {
      /**
       * Constructs a new BatteryState.
       * @param [properties] Properties to set
       */
      constructor(properties?: edgehook.demo.BatteryState.$Properties);

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];

      /** BatteryState percent. */
      percent: number;

      /** BatteryState voltage. */
      voltage: number;

      /** BatteryState charging. */
      charging: boolean;

      /**
       * Creates a new BatteryState instance using the specified properties.
       * @param [properties] Properties to set
       * @returns BatteryState instance
       */
      static create(
        properties: edgehook.demo.BatteryState.$Shape,
      ): edgehook.demo.BatteryState & edgehook.demo.BatteryState.$Shape;
      static create(properties?: edgehook.demo.BatteryState.$Properties): edgehook.demo.BatteryState;

      /**
       * Encodes the specified BatteryState message. Does not implicitly {@link edgehook.demo.BatteryState.verify|verify} messages.
       * @param message BatteryState message or plain object to encode
       * @param [writer] Writer to encode to
       * @returns Writer
       */
      static encode(message: edgehook.demo.BatteryState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

      /**
       * Decodes a BatteryState message from the specified reader or buffer.
       * @param reader Reader or buffer to decode from
       * @param [length] Message length if known beforehand
       * @returns {edgehook.demo.BatteryState & edgehook.demo.BatteryState.$Shape} BatteryState
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      static decode(
        reader: $protobuf.Reader | Uint8Array,
        length?: number,
      ): edgehook.demo.BatteryState & edgehook.demo.BatteryState.$Shape;

      /**
       * Verifies a BatteryState message.
       * @param message Plain object to verify
       * @returns `null` if valid, otherwise the reason why it is not
       */
      static verify(message: { [k: string]: any }): string | null;

      /**
       * Creates a BatteryState message from a plain object. Also converts values to their respective internal types.
       * @param object Plain object
       * @returns BatteryState
       */
      static fromObject(object: { [k: string]: any }): edgehook.demo.BatteryState;

      /**
       * Creates a plain object from a BatteryState message. Also converts values to other types if specified.
       * @param message BatteryState
       * @param [options] Conversion options
       * @returns Plain object
       */
      static toObject(
        message: edgehook.demo.BatteryState,
        options?: $protobuf.IConversionOptions,
      ): { [k: string]: any };

      /**
       * Converts this BatteryState to JSON.
       * @returns JSON object
       */
      toJSON(): { [k: string]: any };
    }

    namespace BatteryState {
      /** Properties of a BatteryState. */
      interface $Properties {
        /** BatteryState percent */
        percent?: number | null;

        /** BatteryState voltage */
        voltage?: number | null;

        /** BatteryState charging */
        charging?: boolean | null;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
      }

      /** Shape of a BatteryState. */
      type $Shape = edgehook.demo.BatteryState.$Properties;
    }

    /** Status enum. */
    enum Status {
      /** STATUS_UNKNOWN value */
      STATUS_UNKNOWN = 0,

      /** STATUS_OK value */
      STATUS_OK = 1,

      /** STATUS_LOW_BATTERY value */
      STATUS_LOW_BATTERY = 2,

      /** STATUS_TAMPER value */
      STATUS_TAMPER = 3,
    }
  }
}
